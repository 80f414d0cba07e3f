"""The actors (and issues) a question names, found with spaCy's tokens and the store's full-text index
of actor names, tolerant of lower case and typos; and the closest actors to a name the store does
not know ("did you mean").

A span of the question is read as an actor when its letters are close to the actor's name or one of
its aliases (rapidfuzz ratio at least :data:`ACCEPT`; a person's surname alone counts too). Names of
four letters or fewer (acronyms) must match exactly: "ISIS" is not "CSIS".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from graph.model import issue_id
from graph.query.actors import LUCENE_SPECIAL
from graph.store import Store

#: Similarity (0-100) from which a span of the question is read as an actor's name.
ACCEPT = 84.0
#: Similarity from which an actor is offered as "did you mean".
SUGGEST = 55.0
#: Longest actor name looked for, in tokens.
MAX_SPAN = 7

# Words of the questions themselves: never the first or last word of an actor's name.
QUESTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
        how who whom whose what which where when why is are was were be been being do does did done has
        have had say says said saying tell told claim claimed connected connection connections connect
        link links linked related relation relations relationship path paths tie ties spoke speak spoken
        talk talked talks meet met work works worked working lead leads led leader leaders head heads
        run runs own owns owned owner owners member members belong belongs spokesperson spokesman
        spokeswoman articles article stories story mention mentions mentioning mentioned both together
        issues issue topics topic around timeline time over change changed evolve evolved month months
        quotes quote statements statement comments comment employer employs employees staff president
        chief ceo boss between from to with about and or of the a an in on for by since until before
        after during show list find me please tell give anything something things people affiliated news
        involved parent company subsidiaries charge
        """,
    )
)


@dataclass(frozen=True)
class Mention:
    """A span of the question read as an actor (or an issue)."""

    start: int  # character offsets in the question
    end: int
    text: str
    id: str
    name: str
    score: float
    label: str = "Actor"


def norm(text: str) -> str:
    """Letters and digits of a name, lower case, for comparing spellings.

    >>> norm("U.S."), norm("Trump's"), norm("Asia-Pacific")
    ('us', 'trump', 'asia pacific')
    """
    text = re.sub(r"['’]s\b", "", text.lower())
    text = text.replace(".", "").replace("'", "").replace("’", "")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def similarity(span: str, hit: dict) -> float:
    """How well ``span`` spells the actor ``hit`` (``{"name", "aliases", "kind"}``), 0-100.

    >>> similarity("donld trump", {"name": "Donald Trump", "aliases": ["Trump"], "kind": "Person"}) > 84
    True
    >>> csis = {"name": "Center for Strategic and International Studies", "aliases": ["CSIS"]}
    >>> similarity("ISIS", csis) < ACCEPT
    True
    >>> similarity("kennedy", {"name": "Scott Kennedy", "aliases": [], "kind": "Person"})
    90.0
    """
    wanted = norm(span)
    if not wanted:
        return 0.0
    names = [hit["name"], *(hit.get("aliases") or [])]
    best = 0.0
    for name in names:
        have = norm(name)
        if not have:
            continue
        acronym = name.replace(".", "").isupper() or span.replace(".", "").isupper()
        if min(len(wanted), len(have)) <= (4 if acronym else 3):
            score = 100.0 if wanted.replace(" ", "") == have.replace(" ", "") else 0.0
        else:
            score = max(fuzz.ratio(wanted, have), fuzz.ratio(wanted.replace(" ", ""), have.replace(" ", "")))
        best = max(best, score)
    surname = hit.get("kind") == "Person" and " " in norm(hit["name"]) and len(wanted) > 3
    if surname and wanted == norm(hit["name"]).split()[-1]:
        best = max(best, 90.0)
    stem = demonym_stem(wanted)
    if stem and hit.get("kind") in PLACE_KINDS and any(norm(n).startswith(stem) for n in names):
        best = max(best, DEMONYM)  # "the Chinese government" means China, below any exact name
    return best


#: Kinds of actor a demonym ("Chinese", "Ukrainian") stands for, and the likeness it is given: above
#: :data:`ACCEPT`, below an exact name, so "Chinese embassy" is still read as that actor.
PLACE_KINDS = frozenset({"Country", "Place"})
DEMONYM = 86.0
DEMONYM_ENDINGS = ("ese", "ian", "ean", "an", "ish", "i")


def demonym_stem(word: str) -> str:
    """The country stem of a demonym (one word ending like one), else "".

    >>> demonym_stem("chinese"), demonym_stem("ukrainian"), demonym_stem("taiwanese"), demonym_stem("korean")
    ('chin', 'ukrain', 'taiwan', 'kore')
    >>> demonym_stem("trump"), demonym_stem("tiktok"), demonym_stem("china")
    ('', '', '')
    """
    if " " in word:
        return ""
    for ending in DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return ""


def _lucene(words: list[str], fuzzy: int) -> str:
    """One full-text query for any of ``words`` (and each two neighbours written as one: "tik tok").

    >>> _lucene(["tik", "tok"], 1)
    'tik OR tok OR (tiktok~1 OR tiktok*)'
    >>> _lucene(["US"], 1)
    'us OR u.s'
    """
    terms = []
    pairs = [a + b for a, b in zip(words, words[1:], strict=False)]
    # The index keeps "U.S." as one term, "u.s": an acronym asked without its dots needs them back.
    dotted = [".".join(w) for w in words if w.isupper() and 1 < len(w) <= 4]
    for word in dict.fromkeys(w.lower() for w in [*words, *pairs, *dotted]):
        word = LUCENE_SPECIAL.sub(" ", word).strip()
        # The index splits "AT&T" and "<Re/code>" at their punctuation; fuzzy terms are not split
        # by the analyzer, so the query splits them the same way ("u.s" stays one term, as indexed).
        for part in re.findall(r"[\w.]+", word):
            part = part.strip(".")
            if not part:
                continue
            terms.append(f"({part}~{fuzzy} OR {part}*)" if len(part) > 3 else part)
            if demonym_stem(part):
                terms.append(demonym_stem(part) + "*")  # "chinese": China
    return " OR ".join(dict.fromkeys(terms))


def _tokens(question: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the question's tokens (spaCy's tokenizer; possessive 's split off)."""
    from graph.extract.language import load_nlp

    doc = load_nlp().tokenizer(question)
    return [(t.idx, t.idx + len(t.text), t.text) for t in doc if not t.is_space]


def _edge_ok(token: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    word = token.lower()
    if len(word) <= 3 and word in STOP_WORDS and not token.isupper():
        return False  # "tell us" is not the U.S.; "US" is
    return bool(re.search(r"\w", word)) and word not in QUESTION_WORDS and word not in ("'s", "’s", "s")


def _attached(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether token ``j`` is written with no space on either side (the "/" of "Re/code")."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1][1] == tokens[j][0] and tokens[j][1] == tokens[j + 1][0]


def _glued_words(tokens: list[tuple[int, int, str]]) -> list[str]:
    """Written words made of several tokens with punctuation inside, without their edge punctuation
    ("<Re/code>?" gives "Re/code"), for the full-text query: their parts may be stop words.

    >>> _glued_words([(0, 1, "<"), (1, 3, "Re"), (3, 4, "/"), (4, 8, "code"), (8, 9, ">"), (10, 13, "who")])
    ['Re/code']
    """
    runs: list[list[tuple[int, int, str]]] = []
    for token in tokens:
        if runs and runs[-1][-1][1] == token[0]:
            runs[-1].append(token)
        else:
            runs.append([token])
    out = []
    for run in runs:
        while run and not re.search(r"\w", run[0][2]):
            run = run[1:]
        while run and not re.search(r"\w", run[-1][2]):
            run = run[:-1]
        if len(run) > 1:
            out.append("".join(t[2] for t in run))
    return out


def find_mentions(store: Store, question: str, hidden: list[tuple[int, int]] = ()) -> list[Mention]:
    """The actors ``question`` names, in the order it names them (spans in ``hidden``, e.g. its
    dates, are skipped). One full-text query finds the candidates; rapidfuzz picks the spans.

    Example (with the seed in the store)::

        [m.name for m in find_mentions(store, "how is donld trump connected to wels fargo")]
        # ['Donald Trump', 'Wells Fargo']
    """
    tokens = [t for t in _tokens(question) if not any(s <= t[0] < e for s, e in hidden)]
    words = [t[2] for t in tokens if _edge_ok(t[2]) and len(norm(t[2])) > 1 and not t[2].isdigit()]
    words += [w for w in _glued_words(tokens) if w not in words]
    if not words:
        return []
    hits = store.read("search_actors", query=_lucene(words, 1), limit=200)
    candidates: list[Mention] = []
    for i, first in enumerate(tokens):
        if not re.search(r"\w", first[2]):
            continue
        for j in range(i, min(i + MAX_SPAN, len(tokens))):
            last = tokens[j]
            glued = all(tokens[k][0] == tokens[k - 1][1] for k in range(i + 1, j + 1))
            if j > i and re.fullmatch(r"[^\w.&'’-]+", last[2]) and not _attached(tokens, j):
                break  # punctuation ends a name, unless written inside it ("Re/code", "C-SPAN")
            # A stop word may not begin or end a name ("tell us"), unless written glued to the rest
            # of it: "Re/code" is one written word.
            if not (glued and j > i and re.search(r"\w", last[2])) and not (
                _edge_ok(first[2]) and _edge_ok(last[2])
            ):
                continue
            text = question[first[0] : last[1]]
            for hit in hits:
                score = similarity(text, hit)
                if score >= ACCEPT:
                    rank = (score, last[1] - first[0], hit.get("articles") or 0)
                    candidates.append((rank, Mention(first[0], last[1], text, hit["id"], hit["name"], score)))
    chosen: list[Mention] = []
    for _, mention in sorted(candidates, key=lambda c: c[0], reverse=True):
        if all(mention.end <= m.start or mention.start >= m.end for m in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


#: spaCy entity labels that name an actor.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


def other_names(question: str, taken: list[tuple[int, int]]) -> list[str]:
    """Names in ``question`` (spaCy's entities and runs of proper nouns) outside the ``taken`` spans:
    the names the store did not recognise, so that "In what way is Emmanuel Macron tied to TikTok?"
    says it does not know Emmanuel Macron instead of asking for a second actor.

    >>> other_names("In what way is Emmanuel Macron tied to TikTok?", [(39, 45)])
    ['Emmanuel Macron']
    """
    from graph.extract.language import load_nlp

    doc = load_nlp()(question)
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
    run: list = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.text.lower() not in QUESTION_WORDS:
            run.append(token)
            continue
        if run:
            spans.append((run[0].idx, run[-1].idx + len(run[-1].text)))
        run = []
    names: list[str] = []
    for start, end in sorted(spans):
        if any(start < e and end > s for s, e in taken):
            continue
        text = re.sub(r"['’]s$", "", question[start:end]).strip()
        if text and norm(text) and all(norm(text) not in norm(n) for n in names):
            names.append(text)
            taken = [*taken, (start, end)]
    return names


def suggestion_query(text: str) -> str:
    """The full-text query behind "did you mean": any word of ``text``, up to two typos each.

    >>> suggestion_query("wels frago")
    '(wels~2 OR wels*) OR (frago~2 OR frago*) OR (welsfrago~2 OR welsfrago*)'
    """
    words = [w for w in re.findall(r"[\w.&'-]+", text) if w.lower() not in QUESTION_WORDS]
    return _lucene(words, 2) if words else ""


def closest_actors(store: Store, text: str, limit: int = 3) -> list[dict]:
    """The actors whose names are nearest to ``text`` (up to two typos a word), best first:
    ``[{"id", "name", "score"}]``, only those at least :data:`SUGGEST` alike."""
    query = suggestion_query(text)
    if not query:
        return []
    hits = store.read("search_actors", query=query, limit=50)
    scored = []
    for hit in hits:
        names = [hit["name"], *(hit.get("aliases") or [])]
        score = max(fuzz.WRatio(norm(text), norm(n)) for n in names)
        if score >= SUGGEST:
            scored.append({"id": hit["id"], "name": hit["name"], "score": round(score, 1)})
    scored.sort(key=lambda h: -h["score"])
    return scored[:limit]


def find_issue(store: Store, text: str) -> dict | None:
    """The issue named by ``text`` (its name, or the singular of it), or None.

    Example (with the seed in the store)::

        find_issue(store, "Tariffs")  # {'id': 'issue:tariffs', 'name': 'tariffs'}
    """
    name = norm(text)
    if not name:
        return None
    ids = [issue_id(name), issue_id(name.rstrip("s")), issue_id(name + "s")]
    rows = store.read("ask_find_issues", ids=list(dict.fromkeys(ids)))
    return {"id": rows[0]["id"], "name": rows[0]["name"]} if rows else None
