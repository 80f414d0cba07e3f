"""How well questions are understood: intent accuracy, and intent-and-actors accuracy, over hand-made
sets of questions with the intent and the actors a reader means, asked of the connected store (the
sets are written for the seed, ``seeds/trump-xi-tiktok.txt``).

Two sets, kept apart the way the extractor's gold splits are (``graph/evaluate.py``):

- development (``tests/ask/questions.json``): read while the patterns and the matcher were written;
  its misses are listed so they can be studied.
- test (``tests/ask/test.json``): written by someone who had not read the rules, scored only. Its
  report is the aggregate alone (size, accuracies, 95% Wilson intervals); its questions and misses
  are never shown, so that its figure stays the honest one to expect on new wordings.

``newsgraph eval --ask`` prints both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.ask import parse
from graph.errors import InputError
from graph.evaluate import wilson
from graph.store import Store

QUESTIONS = Path(__file__).resolve().parents[2] / "tests" / "ask" / "questions.json"
TEST = QUESTIONS.with_name("test.json")

#: The keys of a test set's report: figures only, never a question.
AGGREGATE_KEYS = (
    "questions",
    "intent_accuracy",
    "intent_actors_accuracy",
    "intent_interval",
    "intent_actors_interval",
)


def load_questions(path: str | Path = QUESTIONS) -> list[dict[str, Any]]:
    """The questions of a set file: ``[{"question", "intent", "actors"}]``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        questions = data["questions"] if isinstance(data, dict) else data
        for number, item in enumerate(questions, start=1):
            if not isinstance(item.get("question"), str) or "intent" not in item:
                raise InputError(str(path), f"question {number} needs 'question' and 'intent'")
        return questions
    except (OSError, json.JSONDecodeError, KeyError, AttributeError) as err:
        raise InputError(str(path), f"not a question set ({err})") from err


def _interval(right: int, total: int) -> list[float]:
    low, high = wilson(right, total)
    return [round(low, 3), round(high, 3)]


def evaluate_questions(store: Store, path: str | Path = QUESTIONS) -> dict[str, Any]:
    """``{"questions", "intent_accuracy", "intent_actors_accuracy", "intent_interval",
    "intent_actors_interval", "errors"}``: each question parsed against ``store``; its intent right
    when equal to the expected one (None included), and it is right in full when, besides, the names
    of the actors and issues found are the expected set. Intervals are 95% Wilson intervals."""
    questions = load_questions(path)
    errors = []
    intent_right = both_right = 0
    for item in questions:
        parsed = parse(store, item["question"])
        intent = parsed.intent.name if parsed.intent else None
        names = sorted(s.name for s in parsed.subjects)
        ok_intent = intent == item["intent"]
        ok_both = ok_intent and names == sorted(item.get("actors", []))
        intent_right += ok_intent
        both_right += ok_both
        if not ok_both:
            errors.append(
                {
                    "question": item["question"],
                    "expected": {"intent": item["intent"], "actors": sorted(item.get("actors", []))},
                    "found": {"intent": intent, "actors": names},
                }
            )
    total = len(questions)
    return {
        "questions": total,
        "intent_accuracy": round(intent_right / (total or 1), 3),
        "intent_actors_accuracy": round(both_right / (total or 1), 3),
        "intent_interval": _interval(intent_right, total),
        "intent_actors_interval": _interval(both_right, total),
        "errors": errors,
    }


def aggregate(report: dict[str, Any]) -> dict[str, Any]:
    """A report cut down to its figures (:data:`AGGREGATE_KEYS`): what a test set may show.

    >>> aggregate({"questions": 2, "intent_accuracy": 0.5, "errors": [{"question": "Who?"}]})
    {'questions': 2, 'intent_accuracy': 0.5}
    """
    return {key: report[key] for key in AGGREGATE_KEYS if key in report}


def is_test_set(path: str | Path) -> bool:
    """Whether ``path`` is the test set (or a copy named like it), whose misses are never shown.

    >>> is_test_set("elsewhere/test.json"), is_test_set("tests/ask/questions.json")
    (True, False)
    """
    return Path(path).name == TEST.name or Path(path).resolve() == TEST.resolve()


def evaluate_sets(
    store: Store, dev: str | Path = QUESTIONS, test: str | Path | None = None
) -> dict[str, Any]:
    """``{"development": report with its errors, "test": aggregate only, or {"missing": path}}``."""
    test = Path(test) if test is not None else TEST
    out: dict[str, Any] = {"development": {"file": _shown(dev), **evaluate_questions(store, dev)}}
    if test.exists():
        out["test"] = {"file": _shown(test), **aggregate(evaluate_questions(store, test))}
    else:
        out["test"] = {"file": _shown(test), "missing": True}
    return out


def _shown(path: str | Path) -> str:
    """A set's path as the report names it: relative to the project when inside it."""
    path = Path(path).resolve()
    root = QUESTIONS.parents[2]
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _figures(report: dict[str, Any]) -> list[str]:
    def line(label: str, key: str) -> str:
        low, high = report[key.replace("accuracy", "interval")]
        return f"  {label:<24}{report[key]:.3f}  95% [{low:.3f}, {high:.3f}]"

    return [
        line("intent accuracy", "intent_accuracy") + "  (target >= 0.9)",
        line("intent + actors right", "intent_actors_accuracy"),
    ]


def format_report(report: dict[str, Any], show_errors: bool = False, name: str = "") -> str:
    """One set's report as text; its misses with ``show_errors`` (never pass a test set's)."""
    lines = [f"ask{' ' + name if name else ''}: {report['questions']} questions", *_figures(report)]
    if show_errors:
        for error in report.get("errors", []):
            lines.append(f"  ✗ {error['question']}")
            lines.append(f"      expected {error['expected']}, found {error['found']}")
    return "\n".join(lines)


def format_sets(report: dict[str, Any], show_errors: bool = False) -> str:
    """Both sets as text: development (misses with ``show_errors``), then the test set's figures."""
    dev, test = report["development"], report["test"]
    lines = [format_report(dev, show_errors, f"development ({dev['file']})")]
    if test.get("missing"):
        lines.append(f"ask test: {test['file']} is not there yet; only the development set was scored")
    else:
        lines.append(f"ask test ({test['file']}): {test['questions']} questions")
        lines += _figures(test)
        lines.append("  (the test set's misses are not shown, on purpose: it is scored, never read)")
    return "\n".join(lines)
