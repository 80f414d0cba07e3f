"""``newsgraph eval``: score the extractor against hand-made gold files.

For every ``NAME.gold.json`` with its ``NAME.txt`` in a folder, the ``.txt`` is read (first line the
headline) and extracted, and the extraction is compared with the gold file, category by category:

* **actors**: a match needs the same type and a name match: the extracted name equals the gold name or
  one of its aliases, or the gold name equals one of the extracted aliases (case, "the" and
  punctuation ignored). Matching is one-to-one, so an actor extracted twice costs a false positive.
* **direct** / **indirect** statements: matched one-to-one on text, when the word-token Jaccard
  similarity is at least :data:`STATEMENT_JACCARD` or rapidfuzz's ``partial_ratio`` is at least
  :data:`STATEMENT_PARTIAL` with the shorter text at least half as long as the longer.
  **speaker accuracy** is over matched direct quotes: right when the extracted speaker is the actor
  matched to the gold speaker (or both are unknown).
* **relations**: (source, type, target) through the actor matching; SPOKE_WITH in either direction;
  CO_MENTIONED ignored; each distinct triple counts once.
* **issues**: lenient: names are lower-cased, possessives and plural endings dropped; a match when one
  name's words include the other's, or ``fuzz.ratio`` >= :data:`ISSUE_FUZZ`.

Scores are micro-averaged, reported for the seed article (``trump-xi-tiktok``, whose targets differ)
and the other gold articles separately.

>>> Score(tp=8, fp=2, fn=0).precision, Score(tp=8, fp=2, fn=0).recall
(0.8, 1.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from graph.errors import InputError
from graph.model import Entity, Extraction

SEED_NAME = "trump-xi-tiktok"
STATEMENT_JACCARD = 0.5
STATEMENT_PARTIAL = 90
ISSUE_FUZZ = 85
CATEGORIES = ("actors", "direct", "indirect", "relations", "issues")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Result:
    """Scores of one article (or a sum of articles), with the mismatches for ``--errors``."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    speakers_right: int = 0
    speakers_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_total if self.speakers_total else 1.0

    def __iadd__(self, other: Result) -> Result:
        for c in CATEGORIES:
            self.scores[c] += other.scores[c]
        self.speakers_right += other.speakers_right
        self.speakers_total += other.speakers_total
        return self

    def as_dict(self) -> dict:
        out = {c: self.scores[c].as_dict() for c in CATEGORIES}
        out["speaker_accuracy"] = round(self.speaker_accuracy, 4)
        out["speakers"] = {"right": self.speakers_right, "total": self.speakers_total}
        return out


# -- matching ----------------------------------------------------------------------------------------


def norm_name(name: str) -> str:
    """A name as names are compared: lower case, no "the", no dots, possessives or punctuation.

    >>> norm_name("The U.S."), norm_name("Center for Strategic & International Studies")
    ('us', 'center for strategic international studies')
    """
    name = name.replace("\u2019", "'").casefold().strip()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"'s\b", "", name.replace(".", ""))
    return " ".join(re.findall(r"\w+", name))


def _names(entity: Entity) -> set[str]:
    return {norm_name(n) for n in [entity.name, *entity.aliases]} - {""}


def match_actors(gold: list[Entity], found: list[Entity]) -> dict[str, str]:
    """One-to-one map extracted id -> gold id (same type, name equals the other's name or an alias);
    exact name-to-name pairs are taken first."""
    pairs = []
    for g in gold:
        for e in found:
            if g.type != e.type:
                continue
            gn, en = norm_name(g.name), norm_name(e.name)
            if gn == en:
                pairs.append((0, g.id, e.id))
            elif en in _names(g) or gn in _names(e):
                pairs.append((1, g.id, e.id))
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _, gid, eid in sorted(pairs):
        if gid not in used and eid not in mapping:
            mapping[eid] = gid
            used.add(gid)
    return mapping


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("\u2019", "'").casefold())


def statement_similarity(a: str, b: str) -> float:
    """1.0 for a match by the rules in the module docstring, else the Jaccard similarity (< threshold).

    >>> statement_similarity("We are close to a deal", "we're close to a deal, he said") >= STATEMENT_JACCARD
    True
    """
    ta, tb = set(_tokens(a)), set(_tokens(b))
    if not ta or not tb:
        return 0.0
    jaccard = len(ta & tb) / len(ta | tb)
    if jaccard >= STATEMENT_JACCARD:
        return max(jaccard, 0.5)
    shorter, longer = sorted((a, b), key=len)
    if (
        len(shorter) >= 0.5 * len(longer)
        and fuzz.partial_ratio(shorter.casefold(), longer.casefold()) >= STATEMENT_PARTIAL
    ):
        return STATEMENT_JACCARD
    return jaccard * 0.99 if jaccard < STATEMENT_JACCARD else jaccard


def _match_by(gold_items, found_items, similar) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best similarity first; returns (gold index, found index) pairs."""
    scored = []
    for gi, g in enumerate(gold_items):
        for fi, f in enumerate(found_items):
            s = similar(g, f)
            if s is not None:
                scored.append((-s, gi, fi))
    pairs, used_g, used_f = [], set(), set()
    for _, gi, fi in sorted(scored):
        if gi not in used_g and fi not in used_f:
            pairs.append((gi, fi))
            used_g.add(gi)
            used_f.add(fi)
    return pairs


def _issue_words(name: str) -> tuple[str, ...]:
    words = []
    for w in _tokens(re.sub(r"'s\b", "", name.replace("\u2019", "'"))):
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        words.append(w)
    return tuple(words)


def issues_match(a: str, b: str) -> bool:
    """Lenient issue matching (see the module docstring).

    >>> issues_match("TikTok's ownership", "tiktok ownership"), issues_match("tariff", "Tariffs")
    (True, True)
    >>> issues_match("trade", "fentanyl")
    False
    """
    wa, wb = _issue_words(a), _issue_words(b)
    if not wa or not wb:
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= ISSUE_FUZZ


# -- scoring -----------------------------------------------------------------------------------------


def score(gold: Extraction, found: Extraction) -> Result:
    """Compare one extraction with its gold file."""
    result = Result()
    actor_map = match_actors(gold.entities, found.entities)
    matched_gold = set(actor_map.values())
    result.scores["actors"] = Score(
        tp=len(actor_map), fp=len(found.entities) - len(actor_map), fn=len(gold.entities) - len(matched_gold)
    )
    result.errors += [f"actor FP: {e.name} ({e.type})" for e in found.entities if e.id not in actor_map]
    result.errors += [f"actor FN: {g.name} ({g.type})" for g in gold.entities if g.id not in matched_gold]

    for kind in ("direct", "indirect"):
        gs = [s for s in gold.statements if s.kind == kind]
        fs = [s for s in found.statements if s.kind == kind]

        def similar(g, f):
            s = statement_similarity(g.text, f.text)
            return s if s >= STATEMENT_JACCARD else None

        pairs = _match_by(gs, fs, similar)
        result.scores[kind] = Score(tp=len(pairs), fp=len(fs) - len(pairs), fn=len(gs) - len(pairs))
        got_g, got_f = {g for g, _ in pairs}, {f for _, f in pairs}
        result.errors += [f"{kind} FP: {fs[i].text[:70]}" for i in range(len(fs)) if i not in got_f]
        result.errors += [f"{kind} FN: {gs[i].text[:70]}" for i in range(len(gs)) if i not in got_g]
        if kind == "direct":
            for gi, fi in pairs:
                expected, said = gs[gi].speaker, fs[fi].speaker
                right = actor_map.get(said) == expected if said else expected is None
                result.speakers_total += 1
                result.speakers_right += right
                if not right:
                    result.errors.append(f"speaker: {gs[gi].text[:50]!r} gold {expected}, extracted {said}")

    def triples(relations, mapping=None):
        out = set()
        for r in relations:
            if r.type == "CO_MENTIONED":
                continue
            src = mapping.get(r.source, f"?{r.source}") if mapping is not None else r.source
            tgt = mapping.get(r.target, f"?{r.target}") if mapping is not None else r.target
            if r.type == "SPOKE_WITH":
                src, tgt = sorted((src, tgt))
            out.add((src, r.type, tgt))
        return out

    gold_rel, found_rel = triples(gold.relations), triples(found.relations, actor_map)
    result.scores["relations"] = Score(
        tp=len(gold_rel & found_rel), fp=len(found_rel - gold_rel), fn=len(gold_rel - found_rel)
    )
    result.errors += [f"relation FP: {' '.join(t)}" for t in sorted(found_rel - gold_rel)]
    result.errors += [f"relation FN: {' '.join(t)}" for t in sorted(gold_rel - found_rel)]

    pairs = _match_by(gold.issues, found.issues, lambda g, f: 1.0 if issues_match(g.name, f.name) else None)
    result.scores["issues"] = Score(
        tp=len(pairs), fp=len(found.issues) - len(pairs), fn=len(gold.issues) - len(pairs)
    )
    got_g, got_f = {g for g, _ in pairs}, {f for _, f in pairs}
    result.errors += [f"issue FP: {i.name}" for n, i in enumerate(found.issues) if n not in got_f]
    result.errors += [f"issue FN: {i.name}" for n, i in enumerate(gold.issues) if n not in got_g]
    return result


@dataclass
class Report:
    articles: dict[str, Result]

    def total(self, names) -> Result:
        out = Result()
        for name in names:
            out += self.articles[name]
        return out

    @property
    def seed(self) -> Result:
        return self.total([n for n in self.articles if n == SEED_NAME])

    @property
    def others(self) -> Result:
        return self.total([n for n in self.articles if n != SEED_NAME])

    def as_dict(self) -> dict:
        return {
            "seed": self.seed.as_dict() if SEED_NAME in self.articles else None,
            "others": self.others.as_dict(),
            "all": self.total(self.articles).as_dict(),
            "articles": {name: r.as_dict() for name, r in self.articles.items()},
            "matching": {
                "statement_jaccard": STATEMENT_JACCARD,
                "statement_partial_ratio": STATEMENT_PARTIAL,
                "issue_fuzz_ratio": ISSUE_FUZZ,
            },
        }


def gold_pairs(gold_dir: str | Path) -> list[tuple[str, Path, Path]]:
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder of gold files")
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        text = gold.with_name(f"{name}.txt")
        if text.exists():
            pairs.append((name, text, gold))
    if not pairs:
        raise InputError(str(folder), "no NAME.gold.json with its NAME.txt in the folder")
    return pairs


def evaluate(gold_dir: str | Path) -> Report:
    """Extract every gold article in ``gold_dir`` and score it."""
    import json

    from graph.extract.pipeline import extract_many
    from graph.read import read_path

    pairs = gold_pairs(gold_dir)
    golds, articles = [], []
    for _name, text, gold in pairs:
        try:
            golds.append(Extraction.from_json(json.loads(gold.read_text(encoding="utf-8"))))
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(str(gold), f"not a gold file in the extract --json shape ({err})") from err
        articles.append(read_path(text)[0])
    results = {}
    for (name, _, _), gold, found in zip(pairs, golds, extract_many(articles), strict=True):
        results[name] = score(gold, found)
    return Report(results)


def format_report(report: Report, show_errors: bool = False) -> str:
    lines = []

    def block(title: str, result: Result) -> None:
        lines.append(title)
        lines.append(f"  {'category':<10} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}")
        for c in CATEGORIES:
            s = result.scores[c]
            lines.append(
                f"  {c:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}"
            )
        lines.append(
            f"  speaker accuracy (direct quotes): {result.speaker_accuracy:.3f} "
            f"({result.speakers_right}/{result.speakers_total})"
        )
        lines.append("")

    if SEED_NAME in report.articles:
        block(f"seed ({SEED_NAME})", report.seed)
    block(f"other gold articles ({sum(n != SEED_NAME for n in report.articles)})", report.others)
    lines.append(f"  {'article':<36} " + " ".join(f"{c[:8]:>8}" for c in CATEGORIES) + "  speakers")
    for name, r in report.articles.items():
        lines.append(
            f"  {name[:36]:<36} "
            + " ".join(f"{r.scores[c].f1:8.2f}" for c in CATEGORIES)
            + f"  {r.speakers_right}/{r.speakers_total}"
        )
        if show_errors:
            lines += [f"      {e}" for e in r.errors]
    lines.append("  (per-article figures are F1)")
    return "\n".join(lines)
