"""Stage 8, issues: the topics an article is about, each with the sentences that raise it.

Three sources, all general: the editable taxonomy ``graph/data/issues.json`` (terms matched on
lower-case words with spaCy's PhraseMatcher, compiled once); relations between two states written
"U.S.-China relations" or "relations between X and Y"; and places or companies at stake in a dispute
("flashpoints in the South China Sea and over Taiwan", "ownership of TikTok" -> "TikTok ownership").
Issue names are short lower-case noun phrases; ids are :func:`graph.model.issue_id`.

>>> from graph.model import Article
>>> from graph.extract.pipeline import extract
>>> ext = extract(Article.from_fields("T", "Tariffs on soybeans hit trade. The tariff war goes on."))
>>> [(i.name, i.mentions) for i in ext.issues]
[('tariffs', 2), ('soybeans', 1), ('trade', 1)]
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher

from graph.extract.language import load_nlp
from graph.extract.parsed import Parsed
from graph.model import Issue, issue_id


def _words(text: str) -> list[str]:
    """The words of a vocabulary written as a block of text."""
    return text.split()


#: Nouns of contention: a place or actor they are "in", "over" or "about" is an issue ("disputes over
#: Taiwan"), and so is a company whose "ownership"/"sale"/"ban" is discussed.
_CONTENTION = frozenset(
    _words(
        """
        flashpoint flashpoints dispute disputes tension tensions conflict claims sovereignty
        """
    )
)
_STAKE_NOUNS = frozenset(["ownership", "sale", "ban", "takeover", "divestment", "divestiture"])


@lru_cache(maxsize=2)
def _taxonomy(nlp) -> tuple[PhraseMatcher, dict[str, str], dict[int, str]]:
    """The taxonomy's matcher, compiled once per loaded model (a matcher belongs to one vocabulary)."""
    data = json.loads(resources.files("graph.data").joinpath("issues.json").read_text("utf-8"))
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names: dict[str, str] = {}
    for issue in data["issues"]:
        key = issue_id(issue["name"])
        names[key] = issue["name"]
        forms = set()
        for term in issue["terms"]:
            forms |= {term, term + "s", term + "es"}
        matcher.add(key, [nlp.make_doc(f) for f in sorted(forms)])
    keys = {nlp.vocab.strings[key]: key for key in names}  # match id -> issue id
    return matcher, names, keys


def find_issues(parsed: Parsed) -> list[Issue]:
    """Issues in order of first mention; fills ``parsed.issue_hits`` for the statements stage."""
    matcher, names, keys = _taxonomy(load_nlp())
    doc = parsed.doc
    hits: list[tuple[str, str, int, int]] = []  # id, name, start char, end char
    taken: set[int] = set()
    for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        if any(i in taken for i in range(start, end)):
            continue  # "trade war" is one hit, not "trade" and "war"
        taken.update(range(start, end))
        key = keys[match_id]
        hits.append((key, names[key], doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    hits += _bilateral_relations(parsed) + _at_stake(parsed)
    hits.sort(key=lambda h: h[2])
    issues: dict[str, Issue] = {}
    for key, name, start, end in hits:
        sent = parsed.sentence_at(start)
        issue = issues.get(key)
        if issue is None:
            issues[key] = issue = Issue(id=key, name=name, mentions=0)
        issue.mentions += 1
        if sent not in issue.sentences:
            issue.sentences.append(sent)
        parsed.issue_hits.append((key, start, end))
    return list(issues.values())


def _bilateral_relations(parsed: Parsed) -> list[tuple[str, str, int, int]]:
    """ "U.S.-China relations", "China-U.S. ties": one issue per pair of states, in either order."""
    found = []
    for token in parsed.doc:
        if token.lower_ not in ("relations", "ties"):
            continue
        lefts = [t for left in token.lefts for t in left.subtree]
        countries = sorted({c for t in lefts for c in parsed.clusters_of(t.i) if parsed.kind(c) == "Country"})
        if lefts and len(countries) == 2:
            left = lefts[0]
            pair = sorted(parsed.clusters[c].name for c in countries)
            short = [_short(n) for n in pair]
            name = f"{short[0]}-{short[1]} relations"
            found.append((issue_id(name), name, left.idx, token.idx + len(token.text)))
    return found


def _short(country: str) -> str:
    return {"United States": "us", "United Kingdom": "uk"}.get(country, country.lower())


def _at_stake(parsed: Parsed) -> list[tuple[str, str, int, int]]:
    found = []
    doc = parsed.doc
    for token in doc:
        word = token.lower_
        if word in _CONTENTION:
            preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "over", "about")]
            preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
            objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
            # "face flashpoints in X and over Y": the second place may hang on the verb.
            if token.head.i != token.i:
                objects += [
                    o
                    for p in token.head.children
                    if p.dep_ == "prep" and p.lower_ == "over"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
            queue = list(objects)
            while queue:
                obj = queue.pop(0)
                queue += [c for c in obj.children if c.dep_ == "conj"]
                queue += [
                    o
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ == "over"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                for c in parsed.clusters_of(obj.i):
                    if parsed.kind(c) == "Place":
                        name = parsed.clusters[c].name.lower()
                        found.append((issue_id(name), name, obj.idx, obj.idx + len(obj.text)))
        elif word in _STAKE_NOUNS:
            subject = _stake_holder(parsed, token)
            if subject is not None:
                name = f"{parsed.clusters[subject].name.lower()} {word}"
                found.append((issue_id(name), name, token.idx, token.idx + len(token.text)))
    return found


def _stake_holder(parsed: Parsed, noun) -> int | None:
    """The company whose ownership (sale, ban) is at stake: "TikTok's ownership", "ownership of
    TikTok", "ownership of its assets" ("its" = the last company named)."""
    candidates = [c for c in noun.children if c.dep_ == "poss"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    candidates.append(obj)
                    candidates += [c for c in obj.children if c.dep_ == "poss"]
    for token in candidates:
        orgs = [c for c in parsed.clusters_of(token.i) if parsed.kind(c) in ("Organization", "Product")]
        if orgs:
            return orgs[0]
        if token.lower_ == "its":
            last = None
            for m in parsed.mentions:
                if m.start >= token.idx:
                    break
                if parsed.kind(m.cluster) in ("Organization", "Product"):
                    last = m.cluster
            return last
    return None
