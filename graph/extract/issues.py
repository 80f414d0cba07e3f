"""Stage 8, issues: the topics an article is about, each with the sentences that raise it.

Four sources, all general: the editable taxonomy ``graph/data/issues.json`` (terms matched on
lower-case words with spaCy's PhraseMatcher, compiled once); relations between two states written
"U.S.-China relations" or "relations between X and Y"; places or companies at stake in a dispute
("flashpoints in the South China Sea and over Taiwan", "ownership of TikTok" -> "TikTok ownership");
and, in the room the others leave (at most :data:`MAX_ISSUES` in all; the taxonomy alone may give
more), the article's own salient noun phrases: a common noun with its noun and adjective modifiers
("water rationing", "prorogation of parliament"), named more than once, ranked by how often it is
named plus a bonus for the headline and the lead; never an actor, a date or number, a word for people
or a generic word (:data:`GENERIC_NOUNS`), nor a phrase the taxonomy already names.
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

from graph.extract.constants import (
    CONTENTION_NOUNS,
    EMPTY_ADJECTIVES,
    GENERIC_NOUNS,
    MODIFIER_DEPS,
    SPEECH_VERBS,
    STAKE_NOUNS,
)
from graph.extract.language import load_nlp
from graph.extract.parsed import Parsed
from graph.model import Issue, issue_id


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
    for _, _, start, end in hits:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    hits += _salient_phrases(parsed, taken, MAX_ISSUES - len({h[0] for h in hits}))
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
        if word in CONTENTION_NOUNS:
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
        elif word in STAKE_NOUNS:
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


# -- salient noun phrases: the article's own words -----------------------------------------------------

#: At most this many issues per article: the taxonomy's first, salient phrases fill the rest.
MAX_ISSUES = 8
#: A phrase's head noun must be named this often (headline included) to count: a word named once, even
#: in the headline, is as often a mis-tagged verb ("Bus overturns") as a topic.
MIN_MENTIONS = 2
_HEADLINE_BONUS = 2.0
_LEAD_BONUS = 1.0
_LEAD_SENTENCES = 2

_IRREGULAR = {
    "men": "man",
    "women": "woman",
    "people": "person",
    "children": "child",
    "feet": "foot",
    "lives": "life",
    "wives": "wife",
}


def _singular(token) -> str:
    """The lower-case singular of a noun (the lemmatizer is off): "rates" -> "rate"."""
    word = token.lower_
    if token.tag_ != "NNS":
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_word(text: str) -> bool:
    return len(text) > 2 and text.replace("-", "").isalpha()


def _modifiers(parsed: Parsed, head) -> list:
    """The common-noun and adjective words right before ``head`` that modify it ("fatal traffic
    collision"), without empty adjectives at the front; names, numbers and determiners end them."""
    doc, mods, members = parsed.doc, [], {head.i}
    i = head.i - 1
    while i >= 0:
        tok = doc[i]
        hyphen = tok.text == "-" and i > 0 and tok.whitespace_ == "" and not doc[i - 1].whitespace_
        joined = i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_  # "state-owned"
        if hyphen:
            mods.append(tok)
            i -= 1
            continue
        if (
            (tok.head.i not in members and not joined)
            or (tok.dep_ not in MODIFIER_DEPS and not joined)
            or tok.pos_ not in ("NOUN", "ADJ", "VERB")
            or not _is_word(tok.lower_)
            or parsed.clusters_of(tok.i)
        ):
            break
        mods.append(tok)
        members.add(tok.i)
        i -= 1
    mods.reverse()
    while mods and (
        mods[0].text == "-" or mods[0].lower_ in EMPTY_ADJECTIVES or mods[0].tag_ in ("JJS", "JJR")
    ):
        mods.pop(0)
    return mods


def _names_people(parsed: Parsed, noun) -> bool:
    """A noun the article uses for people: the title before a person's name ("farmer John Miller"),
    a person's apposition ("Harry Dunn, a motorcyclist") or the subject of a verb of speech
    ("scientists said")."""
    if noun.dep_ == "nsubj" and noun.head.lower_ in SPEECH_VERBS:
        return True
    if noun.dep_ == "appos" and any(parsed.kind(c) == "Person" for c in parsed.clusters_of(noun.head.i)):
        return True  # "Harry Dunn, a motorcyclist"
    nxt = noun.i + 1
    return nxt < len(parsed.doc) and any(parsed.kind(c) == "Person" for c in parsed.clusters_of(nxt))


def _phrase_name(mods, head) -> str:
    return "".join(t.lower_ + t.whitespace_ for t in mods) + _singular(head)


def _of_phrase(parsed: Parsed, head, taken: set[int]) -> tuple[str, int]:
    """ " of parliament" after "prorogation": what an "of" right after ``head`` names, a common noun
    with its modifiers or a name, and the character where it ends; ("", 0) when there is none, or it
    is a number or part of another issue."""
    doc = parsed.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return "", 0
    for obj in doc[head.i + 1].children:
        if obj.dep_ != "pobj" or obj.i in taken:
            continue
        if obj.pos_ == "PROPN":
            start = obj.i
            while start > head.i + 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            text = doc[start : obj.i + 1].text.lower()
            return (" of " + text, obj.idx + len(obj.text)) if _is_word(text.replace(" ", "")) else ("", 0)
        if obj.pos_ == "NOUN" and not parsed.clusters_of(obj.i):
            word = _singular(obj)
            mods = _modifiers(parsed, obj)
            if not _is_word(word) or any(t.i in taken for t in mods):
                return "", 0
            return " of " + _phrase_name(mods, obj), obj.idx + len(obj.text)
    return "", 0


def _best_wording(head: str, forms: dict[str, int]) -> str:
    """The most specific wording named at least twice (a longer wording that holds it counts for it:
    "deadly boat fire" for "boat fire"), else the head noun alone."""

    def support(form: str) -> int:
        return sum(n for f, n in forms.items() if f" {form} " in f" {f} ")

    best, best_key = head, (0, support(head))
    for form in forms:
        n = support(form)
        if n >= MIN_MENTIONS and (len(form.split()), n) > best_key:
            best, best_key = form, (len(form.split()), n)
    return best


def _salient_phrases(parsed: Parsed, taken: set[int], room: int) -> list[tuple[str, str, int, int]]:
    """Hits of the ``room`` most salient noun phrases of the article: a common-noun head named at
    least :data:`MIN_MENTIONS` times, scored by how often it is named plus a bonus for the headline
    and the lead; shown in its most specific recurring wording (:func:`_best_wording`), lower case,
    singular."""
    if room <= 0:
        return []
    doc = parsed.doc
    lead: set[int] = set()
    for sent in range(1, len(parsed.sentences)):
        if len(lead) >= _LEAD_SENTENCES:
            break
        if not parsed.is_heading(sent):
            lead.add(sent)
    counts: dict[str, int] = {}
    bonus: dict[str, float] = {}
    wordings: dict[str, dict[str, int]] = {}
    occurrences: dict[str, list[tuple[int, int]]] = {}
    covered: set[str] = set()
    people: set[str] = set()  # nouns the article uses for people (see _names_people)
    for token in doc:
        if token.pos_ != "NOUN" or token.i in taken:
            continue
        key = _singular(token)
        if _names_people(parsed, token):
            people.add(key)
        if token.dep_ == "compound":
            continue
        if not _is_word(key) or parsed.clusters_of(token.i):
            continue
        sent = parsed.sent_of[token.i]
        if sent != 0 and parsed.is_heading(sent):
            continue
        mods = _modifiers(parsed, token)
        if key in GENERIC_NOUNS:
            # a generic head is specific with a specific noun before it: "phone call", "mortality rate"
            nouns = [t for t in mods if t.pos_ == "NOUN" and _singular(t) not in GENERIC_NOUNS]
            if not nouns:
                continue
            mods = mods[mods.index(nouns[0]) :]
            key = _phrase_name(mods, token)
        if any(t.i in taken for t in mods):
            covered.add(key)  # the taxonomy already names it: "extradition bill", then "the bill"
            continue
        counts[key] = counts.get(key, 0) + 1
        position = _HEADLINE_BONUS if sent == 0 else _LEAD_BONUS if sent in lead else 0.0
        bonus[key] = max(bonus.get(key, 0.0), position)
        of, of_end = _of_phrase(parsed, token, taken)
        name = _phrase_name(mods, token) + of
        forms = wordings.setdefault(key, {})
        forms[name] = forms.get(name, 0) + 1
        start = mods[0].idx if mods else token.idx
        occurrences.setdefault(key, []).append((start, max(of_end, token.idx + len(token.text))))
    names = {}
    for key, forms in wordings.items():
        names[key] = _best_wording(key, forms)
    ranked = sorted(
        (k for k in counts if k not in covered and k not in people and counts[k] >= MIN_MENTIONS),
        key=lambda k: (-(counts[k] + bonus[k]), min(occurrences[k])[0]),
    )
    found: list[tuple[str, str, int, int]] = []
    chosen: dict[str, str] = {}  # word of a chosen name -> that name
    spans: dict[str, list[tuple[int, int]]] = {}  # chosen name -> its hits
    for key in ranked:
        if key in chosen:  # "the boat" after "boat fire": one issue
            name = chosen[key]
        elif len(spans) >= room:
            continue
        else:
            name = names[key]
            spans[name] = []
            for word in name.split():
                chosen.setdefault(word, name)
        for s, e in occurrences[key]:
            if not any(s0 <= s and e <= e0 for s0, e0 in spans[name]):  # "mine" in "closure of the mine"
                spans[name].append((s, e))
                found.append((issue_id(name), name, s, e))
    return found
