"""How well questions are understood: intent accuracy (and actor accuracy) over a hand-made set of
questions with the intent and the actors a reader means (``tests/ask/questions.json``), asked of the
connected store (the set is written for the seed, ``seeds/trump-xi-tiktok.txt``).

``newsgraph eval --ask`` prints this report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.ask import parse
from graph.errors import InputError
from graph.store import Store

QUESTIONS = Path(__file__).resolve().parents[2] / "tests" / "ask" / "questions.json"


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


def evaluate_questions(store: Store, path: str | Path = QUESTIONS) -> dict[str, Any]:
    """``{"questions", "intent_accuracy", "actor_accuracy", "errors"}``: each question parsed
    against ``store``; its intent right when equal to the expected one (None included), its actors
    right when the names of the actors and issues found are the expected set."""
    questions = load_questions(path)
    errors = []
    intent_right = actors_right = 0
    for item in questions:
        parsed = parse(store, item["question"])
        intent = parsed.intent.name if parsed.intent else None
        names = sorted(s.name for s in parsed.subjects)
        ok_intent = intent == item["intent"]
        ok_actors = names == sorted(item.get("actors", []))
        intent_right += ok_intent
        actors_right += ok_actors
        if not (ok_intent and ok_actors):
            errors.append(
                {
                    "question": item["question"],
                    "expected": {"intent": item["intent"], "actors": sorted(item.get("actors", []))},
                    "found": {"intent": intent, "actors": names},
                }
            )
    total = len(questions) or 1
    return {
        "questions": len(questions),
        "intent_accuracy": round(intent_right / total, 3),
        "actor_accuracy": round(actors_right / total, 3),
        "errors": errors,
    }


def format_report(report: dict[str, Any], show_errors: bool = False) -> str:
    """The report as text."""
    lines = [
        f"ask: {report['questions']} questions",
        f"  intent accuracy  {report['intent_accuracy']:.3f}  (target >= 0.9)",
        f"  actor accuracy   {report['actor_accuracy']:.3f}",
    ]
    if show_errors:
        for error in report["errors"]:
            lines.append(f"  ✗ {error['question']}")
            lines.append(f"      expected {error['expected']}, found {error['found']}")
    return "\n".join(lines)
