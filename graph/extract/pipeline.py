"""The extraction pipeline, composed in one visible place: an :class:`~graph.model.Article` in, an
:class:`~graph.model.Extraction` out.

Stages (one module each): :mod:`~graph.extract.clean` -> :mod:`~graph.extract.language` (spaCy, loaded
once, ``nlp.pipe`` over batches) -> :mod:`~graph.extract.actors` -> :mod:`graph.resolve.within` ->
:mod:`~graph.extract.issues` -> :mod:`~graph.extract.statements` -> :mod:`~graph.extract.relations`.

Offsets: ``Extraction.sentences`` and ``Relation.start/end`` are character offsets into
``article.title + "\\n" + article.text`` (see :func:`graph.extract.clean.article_text`), the exact text
that is parsed. Sentence 0 is the headline; headings and the dateline are sentences too, but nothing is
read from them except mentions of actors already named in the body.

>>> from graph.model import Article
>>> ext = extract(Article.from_fields("Talks", "Donald Trump met Xi Jinping. Trump said it went well."))
>>> [(e.name, e.type, e.aliases) for e in ext.entities]
[('Donald Trump', 'Person', ['Trump']), ('Xi Jinping', 'Person', [])]
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator

from graph.extract import actors, clean, confidence, issues, language, relations, statements
from graph.extract.parsed import Parsed
from graph.extract.version import extractor_version
from graph.model import Article, Entity, Extraction, actor_id
from graph.resolve import within
from graph.resolve.aliases import known_aliases

log = logging.getLogger(__name__)


def default_processes() -> int:
    """Parser processes for batch work: the machine's cores, at most 2 (the small model gains little
    past that, and the store needs a core too)."""
    return max(1, min(2, os.cpu_count() or 1))


def extract(article: Article) -> Extraction:
    """Extract one article (see :func:`extract_many` for many)."""
    return next(extract_many([article], batch_size=1))


def extract_many(
    articles: Iterable[Article], batch_size: int = 32, processes: int = 1
) -> Iterator[Extraction]:
    """Extract articles lazily, parsing them in batches with ``nlp.pipe``; never holds the corpus.

    ``processes`` > 1 parses in that many worker processes (spaCy's ``n_process``; the rest of the
    pipeline stays here): use it for batches from the command line, where parsing is nearly all the
    time, not inside a threaded server such as the app.

    Non-English articles and articles without text give an extraction without facts (and a warning
    in the log), so one odd article never stops a stream. An edited word list that cannot be read
    stops it before the first article, with one line naming the file and the line.
    """
    nlp = language.load_nlp()
    # read (and checked) once, before any article: an edited word list or pattern file stops here
    actors.known_actors(), known_aliases(), relations.relation_patterns()

    def cleaned() -> Iterator[tuple[str, tuple[Article, clean.CleanText | None]]]:
        for article in articles:
            text = clean.clean(article.title, article.text)
            if not text.text.strip():
                yield "", (article, None)
            elif (reason := language.not_english_reason(text.text)) is not None:
                log.warning(
                    "article %s (%r) %s: not English, nothing extracted",
                    article.id,
                    article.title[:60],
                    reason,
                )
                yield "", (article, None)
            else:
                yield text.text, (article, text)

    parsed_docs = nlp.pipe(cleaned(), batch_size=batch_size, as_tuples=True, n_process=max(1, processes))
    for doc, (article, text) in parsed_docs:
        if text is None:
            yield Extraction(article=article, extractor=extractor_version())
            continue
        try:
            yield extract_parsed(Parsed(article=article, clean=text, doc=doc))
        except Exception:  # one article must not stop a stream of thousands; the log keeps the trace
            log.exception(
                "extracting article %s (%r) failed; nothing extracted", article.id, article.title[:60]
            )
            yield Extraction(article=article, extractor=extractor_version())


def extract_parsed(parsed: Parsed) -> Extraction:
    """Run the stages after parsing, in order; each reads what the ones before it added."""
    _split_sentences(parsed)
    language.repair_appositions(parsed.doc)
    language.repair_kind_noun_names(parsed.doc)
    language.repair_listed_names(parsed.doc)
    parsed.mentions = actors.find_mentions(parsed.doc, parsed.sent_of, skip=parsed.clean.in_heading)
    parsed.clusters = within.resolve_mentions(parsed.mentions, acronym_of=_defined_acronyms(parsed))
    _mentions_the_model_missed(parsed)
    entities = _entities(parsed)
    found_issues = issues.find_issues(parsed)
    found_statements = statements.find_statements(parsed)
    _headline_mentions(parsed)
    found_relations = relations.find_relations(parsed) + relations.headline_places(parsed, entities)
    found = Extraction(
        article=parsed.article,
        entities=entities,
        issues=found_issues,
        statements=found_statements,
        relations=found_relations,
        sentences=list(parsed.sentences),
        extractor=extractor_version(),
    )
    # every actor is weighed; the unlikely ones are left out unless the run keeps them
    # (--keep-unlikely-actors, or the confidence model's own training: confidence.KEEP_ENV)
    confidence.weigh_actors(parsed, found, leave_out=not confidence.keeps_unlikely_actors())
    return found


def _split_sentences(parsed: Parsed) -> None:
    """Sentences without surrounding white space. White-space-only "sentences" join the one before,
    and so does a sentence the parser cut in the middle of a line without any punctuation
    ("Presidents | Donald Trump and Xi Jinping spoke ...")."""
    doc, text = parsed.doc, parsed.clean.text
    spans: list[list[int]] = []  # [start_char, end_char, start_token, end_token]
    for sent in doc.sents:
        body = sent.text.strip()
        lead = len(sent.text) - len(sent.text.lstrip())
        start = sent.start_char + lead
        if spans and (not body or _cut_mid_line(text, spans[-1][0], spans[-1][1], start)):
            if body:
                spans[-1][1] = start + len(body)
            spans[-1][3] = sent.end
            continue
        spans.append([start, start + len(body), sent.start, sent.end])
    parsed.sent_of = [0] * len(doc)
    for index, (start, end, t0, t1) in enumerate(spans):
        parsed.sentences.append((start, end))
        parsed.sent_tokens.append((t0, t1))
        for i in range(t0, t1):
            parsed.sent_of[i] = index


def _cut_mid_line(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """True when the previous sentence ends without punctuation and the next goes on on its line."""
    last = text[prev_end - 1 : prev_end]
    return bool(last) and last not in ".!?:;\"')]" and "\n" not in text[prev_end:start]


#: Share of a headline's words (other than its first and its names) written in lower case above which
#: it is written as a sentence ("Japan's Hoshizora Foods to buy stake in dairy firm"), which the
#: parser reads as well as the body, not in title case ("Trump, Xi Talk Trade"), which fools it.
SENTENCE_CASE_SHARE = 0.6


def _headline_mentions(parsed: Parsed) -> None:
    """A headline written as a sentence states relations the body may not repeat ("Turkey's President
    Erdogan proposes ...", "Japan's Hoshizora Foods to buy ..."; docs/annotation.md counts the title as
    a sentence of evidence). The names of the article's actors written there become mentions of
    sentence 0, which the relations stage then reads like any other sentence. Only for relations: the
    actors, their mention counts, quotes and claims were read before, without the headline (the
    confidence stage after it weighs an actor in a relation as likelier, as for any relation)."""
    title_end = parsed.clean.title_end
    if title_end <= 0 or not parsed.sentences or parsed.sentences[0][1] > title_end:
        return
    forms, pattern = _name_forms(parsed)
    if pattern is None:
        return
    text, doc = parsed.clean.text[:title_end], parsed.doc
    hits = list(pattern.finditer(text))
    named = {i for hit in hits for i in range(*hit.span())}
    words = [w for w in re.finditer(r"[A-Za-z][\w'-]*", text) if w.start() not in named][1:]
    if len(words) < 2 or sum(w.group()[0].islower() for w in words) < SENTENCE_CASE_SHARE * len(words):
        return
    added = []
    for hit in hits:
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None:
            continue
        index = forms[hit.group()]
        cluster = parsed.clusters[index]
        mention = actors.Mention(
            hit.start(), hit.end(), span.root.i, hit.group(), "", cluster.kind, 0, cluster=index
        )
        if cluster.kind == "Country":
            mention.country = cluster.name
        added.append(mention)
        for token_i in mention.token_indices(doc):
            parsed.token_clusters.setdefault(token_i, []).append(index)
    if added:
        parsed.mentions = sorted([*parsed.mentions, *added], key=lambda m: m.start)
        parsed.cache["headline_read"] = True


def _name_forms(parsed: Parsed) -> tuple[dict[str, int], re.Pattern | None]:
    """Each capitalised form of an actor's name (its name, its aliases, a person's surname) with its
    cluster, forms two actors share left out, and one pattern finding them all, longest first (None
    when there is none). Built once per article: the clusters' names do not change after resolution."""
    if "name_forms" not in parsed.cache:
        forms: dict[str, int] = {}
        ambiguous: set[str] = set()
        for index, cluster in enumerate(parsed.clusters):
            names = [cluster.name, *cluster.aliases]
            if cluster.kind == "Person" and len(cluster.name.split()) > 1:
                names.append(cluster.name.split()[-1])  # "Pelosi called ...", "President Erdogan"
            for name in names:
                if len(name) < 2 or not name[0].isupper():
                    continue
                if forms.get(name, index) != index:
                    ambiguous.add(name)
                forms[name] = index
        for name in ambiguous:
            forms.pop(name, None)
        pattern = (
            re.compile(
                r"(?<![\w.-])(?:"
                + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                + r")(?![\w-])"
            )
            if forms
            else None
        )
        parsed.cache["name_forms"] = forms, pattern
    return parsed.cache["name_forms"]


def _mentions_the_model_missed(parsed: Parsed) -> None:
    """Once an article has named an actor, every later use of that name is a mention, whether or not
    the model tagged it ("Pelosi called ...", "Lam continued"): the article is its own gazetteer.
    Names are its cluster's forms and, for people, the surname of a full name."""
    forms, pattern = _name_forms(parsed)
    if pattern is None:
        return
    text, doc = parsed.clean.text, parsed.doc
    covered = bytearray(len(text))
    for m in parsed.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    added = []
    for hit in pattern.finditer(text, parsed.clean.title_end + 1):
        start, end = hit.span()
        if any(covered[start:end]) or parsed.clean.in_heading(start):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        index = forms[hit.group()]
        cluster = parsed.clusters[index]
        mention = actors.Mention(
            start, end, span.root.i, hit.group(), "", cluster.kind, parsed.sent_of[span.start], cluster=index
        )
        if cluster.kind == "Country":
            mention.country = cluster.name
        cluster.mentions.append(mention)
        added.append(mention)
    if added:
        parsed.mentions = sorted([*parsed.mentions, *added], key=lambda m: m.start)


def _defined_acronyms(parsed: Parsed) -> dict[str, str]:
    """Short names defined in brackets right after a name: "Asia-Pacific Economic Cooperation (APEC)",
    "Supreme Court of Justice (Oberster Gerichtshof)". Maps the short name's key to the name's key."""
    defined: dict[str, str] = {}
    text = parsed.clean.text
    starts = {m.start: m for m in parsed.mentions}
    for m in parsed.mentions:
        after = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", text[m.end : m.end + 14])
        if after and within.is_short_form(after.group(1)) and len(m.text.split()) > 1:
            short = after.group(1).replace(".", "").upper()
            # "the Parliament of New South Wales (NSW)": the letters are the place's after "of", not
            # the whole name's.
            whole = m.text.split(" of ", 1)
            tail = whole[1].removeprefix("the ") if len(whole) == 2 else ""
            of_whole = (within.initials(m.text), within.initials(m.text, keep_minor=True))
            of_tail = bool(tail) and short == within.initials(tail) and short not in of_whole
            defined[short] = within.name_key(tail if of_tail else m.text)
            if not within.is_acronym(after.group(1)):
                defined[after.group(1)] = defined[short]  # "KeNHA": its own case, for later uses
            continue
        bracket = re.match(r"\s*\(", text[m.end : m.end + 3])
        inner = starts.get(m.end + bracket.end()) if bracket else None
        closed = inner is not None and re.match(r"\s*\)", text[inner.end : inner.end + 3]) is not None
        named = m.kind in ("Organization", "Event", "Product")
        if closed and named and inner.kind != "Place" and not inner.country:
            defined[within.name_key(inner.text).upper()] = within.name_key(m.text)
    return defined


def _entities(parsed: Parsed) -> list[Entity]:
    """One :class:`Entity` per cluster (clusters whose ids collide merge); fills ``cluster_ids`` and the
    token -> cluster map; counts headline and heading mentions of names the body uses."""
    doc = parsed.doc
    by_id: dict[str, Entity] = {}
    for index, cluster in enumerate(parsed.clusters):
        eid = actor_id(cluster.kind, cluster.name)
        parsed.cluster_ids.append(eid)
        if eid in by_id:
            entity = by_id[eid]
            entity.mentions += len(cluster.mentions)
            entity.aliases.extend(a for a in [cluster.name, *cluster.aliases] if a not in entity.aliases)
            entity.aliases = [a for a in entity.aliases if a != entity.name]
        else:
            by_id[eid] = Entity(eid, cluster.name, cluster.kind, list(cluster.aliases), len(cluster.mentions))
        for m in cluster.mentions:
            for token_i in [m.root] if m.head_only else m.token_indices(doc):
                parsed.token_clusters.setdefault(token_i, []).append(index)
    # Headline and headings: title case fools the model, so only names the body uses count there
    # (and a person's single name: "Trump, Xi Seek Breakthrough" names Xi Jinping).
    headings = [parsed.clean.original[s:e] for s, e in parsed.clean.headings]
    if headings:
        for entity in by_id.values():
            forms = {f for f in {entity.name, *entity.aliases} if len(f) > 1}
            parts = set(entity.name.split()) if entity.type == "Person" and " " in entity.name else set()
            forms |= {p for p in parts if len(p) > 1 and p[0].isupper()}
            # Longest form first: an alternation takes the first form that matches, so "Nancy" before
            # "Nancy Pelosi" would count the headline's "Nancy Pelosi" twice, and a set's order is
            # not the same in two processes (string hashes are salted per process).
            ordered = sorted(forms, key=lambda f: (-len(f), f))
            pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w])")
            for heading in headings:
                for hit in pattern.findall(heading):
                    entity.mentions += 1
                    if hit in parts and hit not in entity.aliases:
                        entity.aliases.append(hit)
    # A state only the headline names is an actor of the article all the same: the gazetteer, not the
    # model, reads it there.
    gaz = actors.gazetteer()
    named = {gaz.country(f) for e in by_id.values() if e.type == "Country" for f in (e.name, *e.aliases)}
    for start, end in parsed.clean.headings:
        span = doc.char_span(start, end, alignment_mode="expand")
        for name in actors.states_in_heading(span) if span is not None else []:
            if gaz.country(name) not in named:
                eid = actor_id("Country", name)
                by_id[eid] = Entity(eid, name, "Country", [], 1)
                named.add(gaz.country(name))
    for entity in by_id.values():
        _add_initialism(entity)
    return list(by_id.values())


def _add_initialism(entity: Entity) -> None:
    """Give a long organisation or event name the acronym analysts search for, even when this
    article never writes it ("Center for Strategic and International Studies" is also "CSIS"), so a
    search for the acronym and an article that uses only the acronym both find the one actor."""
    if entity.type not in ("Organization", "Event") or len(entity.name.split()) < 3:
        return
    if not all(w[0].isupper() for w in entity.name.replace("-", " ").split() if len(w) > 3):
        return  # "Chinese embassy in Washington" is a description, not a name with an acronym
    if not actors.reads_as_institution(entity.name):
        # "Luis Rivera Marín" (a person the model took for an organisation), "Mass Vaccination
        # Campaign": only an institution's name is shortened to its initials.
        return
    acronym = within.initials(entity.name)
    if len(acronym) >= 3 and not any(within.is_acronym(a) for a in entity.aliases):
        entity.aliases.append(acronym)
