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
  matched to the gold speaker (or both are unknown). A wrong speaker is one of four kinds
  (:data:`SPEAKER_MISS_KINDS`), counted in the totals of both splits, so that the kind to work on
  shows without reading the test split's quotes: no speaker given where the gold names one, a
  speaker given where the gold names none, another of the gold's actors, or an actor the gold does
  not have (mistyped or cut wrong: the speaker may be right and its entity wrong).
  The actors' misses are sorted the same way (:data:`ACTOR_MISS_KINDS`): a name found with the wrong
  type, a name cut wrong (found and gold share a word), a gold actor missed outright, an extra actor.
* **relations**: (source, type, target) through the actor matching; SPOKE_WITH in either direction;
  CO_MENTIONED ignored; each distinct triple counts once.
* **issues**: lenient: names are lower-cased, possessives and plural endings dropped; a match when one
  name's words include the other's, or ``fuzz.ratio`` >= :data:`ISSUE_FUZZ`.

Scores are micro-averaged. The gold folder holds two splits, scored the same way and reported apart:

* the **development** split: the ``*.gold.json`` at the top of the folder and in its ``dev/`` folder,
  whose errors are read while writing rules (``--errors`` lists them; the seed article
  ``trump-xi-tiktok``, whose targets differ, is reported on its own and left out of the split's totals);
* the **test** split: the folder's ``test/``, held out: only its totals are ever printed, so nobody
  tunes a rule on its errors.

Each split's figures come with their size (articles, gold items) and 95% intervals: Wilson's for a
proportion (precision, recall, speaker accuracy), a bootstrap over articles for F1.

Development articles annotated again by others, blind (``agreement/WHO/NAME.gold.json``), give the
**agreement** between annotators: each pair scored against each other, and the extractor against
each annotation of the same articles (:func:`agreement`), so a gap to a target can be told apart
from the gold's own judgment calls.

>>> Score(tp=8, fp=2, fn=0).precision, Score(tp=8, fp=2, fn=0).recall
(0.8, 1.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations
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


#: The kinds of wrong speaker, in the order the totals print them (see the module docstring).
SPEAKER_MISS_KINDS = ("none", "unnamed", "other actor", "actor not in gold")


def speaker_miss_kind(expected: str | None, said: str | None, matched: str | None) -> str:
    """Which kind of wrong speaker a matched quote has: the gold speaker ``expected``, the extracted
    ``said``, and the gold actor ``said`` was matched to (None when it matched none).

    >>> speaker_miss_kind("person:a", None, None), speaker_miss_kind(None, "person:b", "person:b")
    ('none', 'unnamed')
    >>> speaker_miss_kind("person:a", "person:b", "person:b"), speaker_miss_kind("person:a", "place:a", None)
    ('other actor', 'actor not in gold')
    """
    if said is None:
        return "none"
    if expected is None:
        return "unnamed"
    return "other actor" if matched is not None else "actor not in gold"


#: The kinds of actor error, in the order the totals print them: one "wrong type" or "cut wrong"
#: pairs a false positive with a false negative; "missed" and "extra" are the unpaired ones.
ACTOR_MISS_KINDS = ("wrong type", "cut wrong", "missed", "extra")
#: Words two names may share and still be two different actors' names ("Party", "of", ...): a shared
#: word pairs a found and a gold name as "cut wrong" only when it is not one of these.
SHARED_NAME_FILLERS = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "la", "al", "party", "university"}
)


def actor_miss_kinds(missed: list[Entity], extra: list[Entity]) -> dict[str, int]:
    """Sort the unmatched gold actors ``missed`` and unmatched extracted actors ``extra`` by kind.

    >>> gold = [Entity("place:x", "Georgia", "Place"), Entity("person:y", "Ana Ruiz", "Person")]
    >>> found = [Entity("organization:x", "Georgia", "Organization"), Entity("person:z", "Ruiz", "Person")]
    >>> actor_miss_kinds(gold, found)
    {'wrong type': 1, 'cut wrong': 1, 'missed': 0, 'extra': 0}
    """
    counts = dict.fromkeys(ACTOR_MISS_KINDS, 0)
    missed, extra = list(missed), list(extra)
    for kind, pairs in (
        ("wrong type", lambda g, e: bool(_names(g) & _names(e))),
        ("cut wrong", lambda g, e: bool(_words(g) & _words(e))),
    ):
        for g in list(missed):
            e = next((e for e in extra if pairs(g, e)), None)
            if e is not None:
                counts[kind] += 1
                missed.remove(g)
                extra.remove(e)
    counts["missed"], counts["extra"] = len(missed), len(extra)
    return counts


def _words(entity: Entity) -> set[str]:
    return {w for n in _names(entity) for w in n.split()} - SHARED_NAME_FILLERS


@dataclass
class Result:
    """Scores of one article (or a sum of articles), with the mismatches for ``--errors``."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    speakers_right: int = 0
    speakers_total: int = 0
    speaker_misses: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SPEAKER_MISS_KINDS, 0))
    actor_misses: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTOR_MISS_KINDS, 0))
    errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_total if self.speakers_total else 1.0

    def __iadd__(self, other: Result) -> Result:
        for c in CATEGORIES:
            self.scores[c] += other.scores[c]
        self.speakers_right += other.speakers_right
        self.speakers_total += other.speakers_total
        for kind, n in other.speaker_misses.items():
            self.speaker_misses[kind] += n
        for kind, n in other.actor_misses.items():
            self.actor_misses[kind] += n
        return self

    def as_dict(self) -> dict:
        out = {c: self.scores[c].as_dict() for c in CATEGORIES}
        out["speaker_accuracy"] = round(self.speaker_accuracy, 4)
        out["speakers"] = {
            "right": self.speakers_right,
            "total": self.speakers_total,
            "wrong": dict(self.speaker_misses),
        }
        out["actor_errors"] = dict(self.actor_misses)
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
    result.actor_misses = actor_miss_kinds(
        [g for g in gold.entities if g.id not in matched_gold],
        [e for e in found.entities if e.id not in actor_map],
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
                    result.speaker_misses[speaker_miss_kind(expected, said, actor_map.get(said))] += 1
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


SPLITS = ("development", "test")
#: Issue 13's targets, compared on the test split: (label, figure, at least).
TARGETS = (
    ("actor F1", lambda r: r.scores["actors"].f1, 0.9),
    ("speaker accuracy", lambda r: r.speaker_accuracy, 0.9),
    ("relation recall", lambda r: r.scores["relations"].recall, 0.6),
    ("relation precision", lambda r: r.scores["relations"].precision, 0.85),
)
CONFIDENCE_Z = 1.959964  # 95%
BOOTSTRAP_ROUNDS = 2000


def wilson(successes: int, total: int, z: float = CONFIDENCE_Z) -> tuple[float, float]:
    """Wilson's score interval for a proportion (sound at small counts and at 0 or 1).

    >>> [round(x, 3) for x in wilson(61, 80)]
    [0.659, 0.842]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if total == 0:
        return (0.0, 1.0)
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * ((p * (1 - p) / total + z * z / (4 * total * total)) ** 0.5) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


def bootstrap_f1(scores: list[Score], rounds: int = BOOTSTRAP_ROUNDS, seed: int = 13) -> tuple[float, float]:
    """95% interval of the micro F1 over articles resampled with replacement (one Score per article;
    a fixed seed, so the same figures give the same interval).

    >>> bootstrap_f1([Score(tp=5, fp=0, fn=0)] * 4)
    (1.0, 1.0)
    """
    import random

    if not scores:
        return (0.0, 1.0)
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        total = Score()
        for s in rng.choices(scores, k=len(scores)):
            total += s
        values.append(total.f1)
    values.sort()
    return (values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))])


def _interval(pair: tuple[float, float]) -> list[float]:
    return [round(pair[0], 4), round(pair[1], 4)]


@dataclass
class Split:
    """The scored articles of one split (name -> result)."""

    articles: dict[str, Result] = field(default_factory=dict)

    @property
    def total(self) -> Result:
        out = Result()
        for r in self.articles.values():
            out += r
        return out

    def intervals(self) -> dict:
        """95% intervals of every figure of :attr:`total`."""
        total, out = self.total, {}
        for c in CATEGORIES:
            s = total.scores[c]
            out[c] = {
                "precision": _interval(wilson(s.tp, s.tp + s.fp)),
                "recall": _interval(wilson(s.tp, s.tp + s.fn)),
                "f1": _interval(bootstrap_f1([r.scores[c] for r in self.articles.values()])),
            }
        out["speaker_accuracy"] = _interval(wilson(total.speakers_right, total.speakers_total))
        return out

    def size(self) -> dict:
        """Articles and gold items (a gold item is one a perfect extractor finds: tp + fn)."""
        total = self.total
        items = {c: total.scores[c].tp + total.scores[c].fn for c in CATEGORIES}
        return {"articles": len(self.articles), "gold_items": items}

    def targets(self) -> list[dict]:
        """Each target of :data:`TARGETS` with this split's figure and whether it is met."""
        total = self.total
        return [
            # three places, as the tables print them: 37/43 rounded twice (0.8605, then 0.861) read
            # differently from the precision row above it (0.860)
            {"target": label, "at_least": floor, "value": round(get(total), 3), "met": get(total) >= floor}
            for label, get, floor in TARGETS
        ]

    def as_dict(self, with_articles: bool) -> dict:
        out = {
            "size": self.size(),
            "totals": self.total.as_dict(),
            "intervals": self.intervals(),
            "targets": self.targets(),
        }
        if with_articles:
            out["articles"] = {name: r.as_dict() for name, r in self.articles.items()}
        return out


@dataclass
class Report:
    """Development articles (``articles``, seed included) and the two held-out splits: ``test``
    (2019 articles) and ``test_2020`` (the corpus's 2020 part, which no rule may be written from)."""

    articles: dict[str, Result]
    test: Split = field(default_factory=Split)
    test_2020: Split = field(default_factory=Split)
    agreement: Agreement | None = None

    @property
    def held_out(self) -> Split:
        """Both held-out splits together: the figure with the narrowest intervals."""
        return Split({**self.test.articles, **self.test_2020.articles})

    def total(self, names) -> Result:
        out = Result()
        for name in names:
            out += self.articles[name]
        return out

    @property
    def seed(self) -> Result:
        return self.total([n for n in self.articles if n == SEED_NAME])

    @property
    def development(self) -> Split:
        """The development split without the seed (whose targets differ)."""
        return Split({n: r for n, r in self.articles.items() if n != SEED_NAME})

    @property
    def others(self) -> Result:
        return self.development.total

    def as_dict(self) -> dict:
        """Both splits' totals, sizes and intervals; per-article figures for development only."""
        return {
            "seed": self.seed.as_dict() if SEED_NAME in self.articles else None,
            "development": self.development.as_dict(with_articles=True),
            "test": self.test.as_dict(with_articles=False),
            "test_2020": self.test_2020.as_dict(with_articles=False),
            "held_out": self.held_out.as_dict(with_articles=False),
            "agreement": self.agreement.as_dict() if self.agreement else None,
            "matching": {
                "statement_jaccard": STATEMENT_JACCARD,
                "statement_partial_ratio": STATEMENT_PARTIAL,
                "issue_fuzz_ratio": ISSUE_FUZZ,
            },
        }


def gold_pairs(folder: str | Path) -> list[tuple[str, Path, Path]]:
    """(name, text, gold) of every ``NAME.gold.json`` with its ``NAME.txt`` directly in ``folder``."""
    folder = Path(folder)
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        text = gold.with_name(f"{name}.txt")
        if text.exists():
            pairs.append((name, text, gold))
    return pairs


def split_pairs(gold_dir: str | Path) -> dict[str, list[tuple[str, Path, Path]]]:
    """The gold files of each split: development (the folder itself and ``dev/``, named ``dev/NAME``
    there), test (``test/``) and test-2020 (``test-2020/``)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder of gold files")
    dev = gold_pairs(folder) + [(f"dev/{n}", t, g) for n, t, g in gold_pairs(folder / "dev")]
    test = [(f"test/{n}", t, g) for n, t, g in gold_pairs(folder / "test")]
    test_2020 = [(f"test-2020/{n}", t, g) for n, t, g in gold_pairs(folder / "test-2020")]
    if not dev and not test and not test_2020:
        raise InputError(
            str(folder), "no NAME.gold.json with its NAME.txt in the folder, dev/, test/ or test-2020/"
        )
    return {"development": dev, "test": test, "test-2020": test_2020}


def read_gold(path: Path) -> Extraction:
    """One gold file, or a one-line :class:`InputError` naming it."""
    import json

    try:
        return Extraction.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(str(path), f"not a gold file in the extract --json shape ({err})") from err


def _extract_pairs(pairs) -> dict[str, tuple[Extraction, Extraction]]:
    """(gold, extraction) of every pair, by name."""
    from graph.extract.pipeline import extract_many
    from graph.read import read_path

    golds = [read_gold(gold) for _name, _text, gold in pairs]
    found = extract_many([read_path(text)[0] for _name, text, _gold in pairs])
    return {name: (gold, f) for (name, _, _), gold, f in zip(pairs, golds, found, strict=True)}


def _score_pairs(pairs) -> dict[str, Result]:
    return {name: score(gold, found) for name, (gold, found) in _extract_pairs(pairs).items()}


def evaluate(gold_dir: str | Path) -> Report:
    """Extract every gold article under ``gold_dir`` and score it, split by split; with the
    agreement between annotators where development articles were annotated again."""
    splits = split_pairs(gold_dir)
    held_out = [_score_pairs(splits["test"]), _score_pairs(splits["test-2020"])]
    for split in held_out:
        for result in split.values():
            result.errors = []  # held out: its mistakes are never shown
    development = _extract_pairs(splits["development"])
    return Report(
        {name: score(gold, found) for name, (gold, found) in development.items()},
        Split(held_out[0]),
        Split(held_out[1]),
        agreement(gold_dir, development),
    )


# -- agreement between annotators ----------------------------------------------------------------------

#: The folder of second (third, ...) annotations of development articles, one subfolder per annotator,
#: each holding ``NAME.gold.json`` files whose article is ``NAME.txt`` in the development split.
AGREEMENT_FOLDER = "agreement"
#: What the first annotation of each development article is called in the agreement table.
FIRST = "first"


@dataclass
class Agreement:
    """How far annotators who never saw each other's files agree on the same development articles,
    and the extractor scored against each of their annotations.

    ``pairs`` holds one :class:`Result` per pair of annotations, ``(later, earlier)``: the later
    annotation scored as if it were an extraction against the earlier as gold; ``extractor`` holds
    the extractor scored against each annotation (``"first"`` is the development split's own).
    Each compares only the articles both sides annotated; ``articles`` counts them by annotator.
    Actor F1 and relation F1 are symmetric; precision and recall swap with the order.
    """

    pairs: dict[tuple[str, str], Result] = field(default_factory=dict)
    extractor: dict[str, Result] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "articles": dict(self.articles),
            "annotators": {f"{a} against {b}": r.as_dict() for (a, b), r in self.pairs.items()},
            "extractor": {f"against {a}": r.as_dict() for a, r in self.extractor.items()},
        }


def agreement_annotations(gold_dir: str | Path) -> dict[str, dict[str, Path]]:
    """The other annotations of development articles under ``gold_dir/agreement/``: annotator ->
    development article name (as :func:`split_pairs` names it) -> gold file. A file whose article is
    not in the development split is an :class:`InputError`: agreement is only ever measured on read
    articles, never on held-out ones."""
    folder = Path(gold_dir)
    names = {text.name[: -len(".txt")]: name for name, text, _ in split_pairs(folder)["development"]}
    out: dict[str, dict[str, Path]] = {}
    for annotator in sorted(p for p in (folder / AGREEMENT_FOLDER).glob("*") if p.is_dir()):
        for gold in sorted(annotator.glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            if stem not in names:
                raise InputError(str(gold), "no development article of that name to compare it with")
            out.setdefault(annotator.name, {})[names[stem]] = gold
    return out


def agreement(
    gold_dir: str | Path, development: dict[str, tuple[Extraction, Extraction]]
) -> Agreement | None:
    """Score every pair of annotations of the same development articles against each other, and the
    extractor against each (``development``: name -> (first gold, extraction)). None when no
    article was annotated again."""
    others = agreement_annotations(gold_dir)
    if not others:
        return None
    again = {name for files in others.values() for name in files}
    annotations = {FIRST: {name: gold for name, (gold, _) in development.items() if name in again}}
    annotations |= {
        who: {name: read_gold(path) for name, path in files.items()} for who, files in others.items()
    }
    result = Agreement(articles={who: len(files) for who, files in annotations.items()})
    for earlier, later in combinations(annotations, 2):
        total = Result()
        for name in sorted(annotations[earlier].keys() & annotations[later].keys()):
            total += score(annotations[earlier][name], annotations[later][name])
        result.pairs[(later, earlier)] = total
    for who, golds in annotations.items():
        total = Result()
        for name, gold in golds.items():
            total += score(gold, development[name][1])
        result.extractor[who] = total
    return result


def _size_line(split: Split) -> str:
    size = split.size()
    items = size["gold_items"]
    return (
        f"  {size['articles']} articles; gold items: {items['actors']} actors, {items['direct']} direct "
        f"quotes, {items['indirect']} indirect claims, {items['relations']} relations, "
        f"{items['issues']} issues"
    )


def format_report(report: Report, show_errors: bool = False) -> str:
    """The text report. Per-article figures and ``show_errors`` apply to the development split only;
    the test split is printed as totals."""
    lines = []

    def block(title: str, result: Result, split: Split | None = None) -> None:
        lines.append(title)
        if split is not None:
            lines.append(_size_line(split))
        ci = split.intervals() if split is not None else None
        head = f"  {'category':<10} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"
        lines.append(head + ("   95% intervals (P; R; F1)" if ci else ""))
        for c in CATEGORIES:
            s = result.scores[c]
            line = f"  {c:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}"
            if ci:
                line += "   " + "; ".join(
                    f"{ci[c][k][0]:.2f}-{ci[c][k][1]:.2f}" for k in ("precision", "recall", "f1")
                )
            lines.append(line)
        speakers = (
            f"  speaker accuracy (direct quotes): {result.speaker_accuracy:.3f} "
            f"({result.speakers_right}/{result.speakers_total})"
        )
        if ci:
            speakers += f"   95% {ci['speaker_accuracy'][0]:.2f}-{ci['speaker_accuracy'][1]:.2f}"
        lines.append(speakers)
        if any(result.actor_misses.values()):
            lines.append("    actor errors: " + ", ".join(f"{n} {k}" for k, n in result.actor_misses.items()))
        if result.speakers_right < result.speakers_total:
            lines.append("    wrong: " + ", ".join(f"{n} {k}" for k, n in result.speaker_misses.items()))
        lines.append("")

    if SEED_NAME in report.articles:
        block(f"seed ({SEED_NAME})", report.seed)
    dev = report.development
    block("DEVELOPMENT split (rules are written against these; the seed apart)", dev.total, dev)

    def targets(title: str, split: Split) -> None:
        lines.append(title)
        for t in split.targets():
            verdict = "met" if t["met"] else "NOT met"
            lines.append(f"  {t['target']:<20} {t['value']:.3f}  (at least {t['at_least']})  {verdict}")
        lines.append("")

    if report.test.articles:
        block("TEST split (held out: totals only, never its errors)", report.test.total, report.test)
        targets("targets, on the test split", report.test)
    else:
        lines += ["TEST split: no gold files in test/", ""]
    if report.test_2020.articles:
        later = report.test_2020
        block("TEST-2020 split (held out, the corpus's 2020 part: totals only)", later.total, later)
        targets("targets, on the test-2020 split", later)
        both = report.held_out
        block("ALL HELD-OUT articles (test and test-2020)", both.total, both)
        targets("targets, on all held-out articles", both)
    if report.agreement:
        lines += format_agreement(report.agreement)
    lines.append("development articles")
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


def _agreement_row(label: str, result: Result) -> str:
    actors, relations = result.scores["actors"], result.scores["relations"]
    speakers = f"{result.speakers_right}/{result.speakers_total} {result.speaker_accuracy:.3f}"
    return (
        f"  {label:<30} {actors.f1:9.3f} {speakers:>15} {relations.precision:7.3f} / {relations.recall:.3f}"
        f" {result.scores['direct'].f1:9.3f} {result.scores['indirect'].f1:11.3f}"
    )


def format_agreement(agreement: Agreement) -> list[str]:
    """The agreement block of the text report: each pair of annotators, then the extractor against
    each annotation, on the same development articles."""
    sizes = ", ".join(f"{who} {n}" for who, n in agreement.articles.items())
    lines = [
        f"AGREEMENT between annotators on development articles annotated again, blind (articles: {sizes})",
        f"  {'':<30} {'actor F1':>9} {'speakers':>15} {'relations P / R':>15}"
        f" {'direct F1':>9} {'indirect F1':>11}",
    ]
    lines += [_agreement_row(f"{a} against {b}", r) for (a, b), r in agreement.pairs.items()]
    lines += [_agreement_row(f"extractor against {who}", r) for who, r in agreement.extractor.items()]
    lines += ["  (the later annotation is scored as if it were an extraction, the earlier as gold)", ""]
    return lines
