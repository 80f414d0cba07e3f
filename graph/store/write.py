"""Write extractions to Neo4j: batched (``UNWIND``), one transaction per batch of articles, so an
article is in the store whole or not at all. What articles share (actors, issues, relations) is
merged on its constrained id; what a new article owns (its mentions, statements, evidence) is
created, since nothing of it can be there yet (see ``cypher/write_articles.cypher``).

If a batch's transaction fails, its articles are written again one per transaction, so one bad
article costs only itself; an article already stored (same content id) is skipped untouched, also
when another writer stored it a moment before (its Article.id constraint fails this batch).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import neo4j
from graph.errors import NewsgraphError, QueryError
from graph.model import Extraction, evidence_id, relation_key
from graph.store.connection import Store, counters
from graph.store.queries import load_query

#: Articles per write transaction. Each commit forces the transaction log to disk (about 20 ms
#: here) and each statement has its own overhead (one per relation type), so larger batches write
#: faster: 200 wrote 1.3-1.6x the rows per second of 50 (2,000 synthetic articles, same run). A
#: batch of 200 news articles is about 12,000 rows, far under a transaction's memory ceiling; a
#: refused batch is retried one article at a time.
BATCH_ARTICLES = 200

#: The write queries, in the order one batch runs them (later ones match what earlier ones made).
WRITE_STEPS = (
    "write_articles",
    "write_actors",
    "write_issues",
    "write_statements",
    "write_statement_about",
    "write_relations",
)

#: The fields of each step's rows that name a node an earlier step of the batch returned (its
#: elementId goes along as ``<field>_node``). The later steps find the article, the actors, issues
#: and statements by that, directly, instead of seeking each id in its index again: those seeks were
#: about two thirds of a batch's index lookups (some 12% of Neo4j's query CPU per article at 100,000
#: articles). Every name is one of the article's own (``_validate`` refuses others), so each is found.
NODE_REFERENCES = {
    "write_actors": ("article",),
    "write_issues": ("article",),
    "write_statements": ("article", "speaker"),
    "write_statement_about": ("statement", "target"),
    "write_relations": ("source", "target"),
}


@dataclass
class WriteReport:
    """What a write did: per-article outcome and Neo4j's counters."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already present
    failed: dict[str, str] = field(default_factory=dict)  # article id -> reason
    rows: int = 0  # input rows sent
    elements: int = 0  # nodes and relationships merged (created or updated) by those rows
    counters: dict[str, int] = field(default_factory=dict)
    nodes_created_by_step: dict[str, int] = field(default_factory=dict)

    def add_counters(self, more: dict[str, int]) -> None:
        for key, value in more.items():
            self.counters[key] = self.counters.get(key, 0) + value

    def merge(self, other: WriteReport) -> None:
        self.written += other.written
        self.skipped += other.skipped
        self.failed.update(other.failed)
        self.rows += other.rows
        self.elements += other.elements
        self.add_counters(other.counters)
        for step, count in other.nodes_created_by_step.items():
            self.nodes_created_by_step[step] = self.nodes_created_by_step.get(step, 0) + count


def rows_for(extractions: Sequence[Extraction]) -> dict[str, list[dict]]:
    """The parameter lists of :data:`WRITE_STEPS` for a batch of extractions (plain dicts)."""
    rows: dict[str, list[dict]] = {step: [] for step in WRITE_STEPS}
    for ext in extractions:
        art = ext.article
        rows["write_articles"].append(
            {
                "id": art.id,
                "title": art.title,
                "text": art.text,
                "published": art.published,
                "url": art.url,
                "source": art.source,
                "source_path": art.source_path,
                "extractor": ext.extractor or None,
                "left_out_names": [e.name for e in ext.left_out],
                "left_out_kinds": [e.type for e in ext.left_out],
                "left_out_likelihoods": [e.likelihood for e in ext.left_out],
            }
        )
        for e in ext.entities:
            rows["write_actors"].append(
                {
                    "article": art.id,
                    "id": e.id,
                    "name": e.name,
                    "kind": e.type,
                    "aliases": list(e.aliases),
                    "mentions": e.mentions,
                    "likelihood": e.likelihood,
                }
            )
        for i in ext.issues:
            rows["write_issues"].append(
                {
                    "article": art.id,
                    "id": i.id,
                    "name": i.name,
                    "mentions": i.mentions,
                    "sentences": i.sentences,
                }
            )
        for s in ext.statements:
            start, end = _sentence_span(ext, s.sentence)
            rows["write_statements"].append(
                {
                    "article": art.id,
                    "id": s.id,
                    "text": s.text,
                    "kind": s.kind,
                    "sentence": s.sentence,
                    "evidence": s.evidence,
                    "start": start,
                    "end": end,
                    "speaker": s.speaker,
                }
            )
            # Relationships and evidence of a new article are created, not merged (see
            # cypher/write_articles.cypher): a target named twice, or a relation found twice in one
            # sentence (by two rules), is sent once.
            about = dict.fromkeys(s.about)
            rows["write_statement_about"] += [{"statement": s.id, "target": t} for t in about]
        evidence_ids: set[str] = set()
        for r in ext.relations:
            evidence = evidence_id(r.source, r.type, r.target, art.id, r.sentence)
            if evidence in evidence_ids:
                continue
            evidence_ids.add(evidence)
            start, end = (r.start, r.end) if r.end else _sentence_span(ext, r.sentence)
            rows["write_relations"].append(
                {
                    "key": relation_key(r.source, r.type, r.target),
                    "id": evidence,
                    "source": r.source,
                    "type": r.type,
                    "target": r.target,
                    "article": art.id,
                    "sentence": r.sentence,
                    "text": r.evidence,
                    "start": start,
                    "end": end,
                    "by_analyst": r.by_analyst,
                }
            )
    return rows


def _sentence_span(ext: Extraction, index: int) -> tuple[int, int]:
    return ext.sentences[index] if 0 <= index < len(ext.sentences) else (0, 0)


def _validate(ext: Extraction) -> None:
    """Refuse an extraction whose references point nowhere, or that lists an actor, issue or
    statement twice (each is written once per article), before anything is sent."""
    for what, listed in (
        ("actor", [e.id for e in ext.entities]),
        ("issue", [i.id for i in ext.issues]),
        ("statement", [s.id for s in ext.statements]),
    ):
        twice = sorted(x for x, n in Counter(listed).items() if n > 1)
        if twice:
            raise NewsgraphError(f"{what} {twice[0]} is listed twice in the article's extraction")
    ids = {e.id for e in ext.entities}
    issue_ids = {i.id for i in ext.issues}
    for r in ext.relations:
        if r.source not in ids or r.target not in ids:
            raise NewsgraphError(f"relation {r.source} {r.type} {r.target} names an actor the article lacks")
        if not r.type.isidentifier() or not r.type.isupper():
            raise NewsgraphError(f"relation type '{r.type}' is not an upper-case identifier")
    for s in ext.statements:
        if s.speaker is not None and s.speaker not in ids:
            raise NewsgraphError(f"statement {s.id} has a speaker the article lacks ({s.speaker})")
        unknown = [t for t in s.about if t not in ids and t not in issue_ids]
        if unknown:
            raise NewsgraphError(f"statement {s.id} is about unknown ids {unknown}")


def _elements(step: str, row: dict) -> int:
    """Nodes and relationships one row merges: an actor row is the actor and its MENTIONED_IN, a
    statement row the statement, HAS_STATEMENT and (with a speaker) SAID, a relation row the
    relationship and its Evidence node."""
    if step in ("write_actors", "write_issues", "write_relations"):
        return 2
    if step == "write_statements":
        return 3 if row.get("speaker") else 2
    return 1


class _Rows(list):
    """A statement's rows as they go to the driver, with a short ``repr``: the driver formats every
    RUN's parameters for its debug log even when that log is off (neo4j 6.4, ``Bolt5.run``), and for
    a batch's rows, articles' texts included, that formatting was about a third of the writer's
    Python time (profiled at 1,000 synthetic articles), while Neo4j waited."""

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _statement_params(step: str, rows: list[dict], per_row: bool) -> list[dict]:
    """The parameters of each statement one step sends: all rows at once (grouped by relation
    type for relations), or one statement per row for the baseline."""
    key = {"write_statement_about": "about"}.get(step, step.removeprefix("write_"))
    groups: dict[str | None, list[dict]] = {}
    for row in rows:
        groups.setdefault(row.get("type") if step == "write_relations" else None, []).append(row)
    params = []
    for rel_type, group in groups.items():
        batches = [[row] for row in group] if per_row else [group]
        extra = {"type": rel_type} if rel_type else {}
        params += [{key: _Rows(batch), **extra} for batch in batches]
    return params


def _write_batch(store: Store, extractions: Sequence[Extraction], per_row: bool = False) -> WriteReport:
    texts = {step: load_query(step).text for step in WRITE_STEPS}
    present_text = load_query("articles_present").text

    def work(tx: neo4j.ManagedTransaction) -> WriteReport:
        report = WriteReport()
        ids = [ext.article.id for ext in extractions]
        present = {row["id"] for row in tx.run(present_text, ids=ids)}
        # The same article twice in one batch is written once.
        fresh: dict[str, Extraction] = {}
        for ext in extractions:
            if ext.article.id in present or ext.article.id in fresh:
                report.skipped.append(ext.article.id)
            else:
                fresh[ext.article.id] = ext
        _write_steps(tx, list(fresh.values()), report, texts, per_row)
        return report

    return store.transaction(work)


def _write_steps(
    tx: neo4j.ManagedTransaction,
    extractions: list[Extraction],
    report: WriteReport,
    texts: dict[str, str],
    per_row: bool = False,
) -> None:
    """Run :data:`WRITE_STEPS` for ``extractions`` inside ``tx``, counting into ``report``."""
    params = rows_for(extractions)
    nodes: dict[str, str] = {}  # store id -> elementId of what this batch wrote or merged
    for step in WRITE_STEPS:
        step_rows = params[step]
        if not step_rows:
            continue
        for name in NODE_REFERENCES.get(step, ()):
            for row in step_rows:
                row[f"{name}_node"] = None if row[name] is None else nodes[row[name]]  # None: no speaker
        report.rows += len(step_rows)
        report.elements += sum(_elements(step, row) for row in step_rows)
        for run_params in _statement_params(step, step_rows, per_row):
            result = tx.run(texts[step], run_params)
            for record in result:  # the steps that make nodes return one: their ids and elementIds
                nodes.update(zip(record["ids"], record["nodes"], strict=True))
            step_counters = counters(result.consume())
            report.add_counters(step_counters)
            created = report.nodes_created_by_step.get(step, 0) + step_counters["nodes_created"]
            report.nodes_created_by_step[step] = created
    report.written += [ext.article.id for ext in extractions]


#: The queries that take one article out, in order: its evidence leaves the relations (weights drop,
#: empty relations go), its statements go, then the article, and the actors and issues left with none.
REMOVE_STEPS = ("remove_article_evidence", "remove_article_statements", "remove_article")


def _remove_steps(tx: neo4j.ManagedTransaction, article_id: str, texts: dict[str, str]) -> bool:
    """Take one article out inside ``tx``; False when it is not stored."""
    if not list(tx.run(texts["articles_present"], ids=[article_id])):
        return False
    for step in REMOVE_STEPS:
        tx.run(texts[step], id=article_id).consume()
    return True


def _lifecycle_texts() -> dict[str, str]:
    names = (*WRITE_STEPS, *REMOVE_STEPS, "articles_present")
    return {name: load_query(name).text for name in names}


def remove_articles(store: Store, article_ids: Iterable[str]) -> WriteReport:
    """Take articles out of the store, one transaction each: ``written`` lists those removed,
    ``skipped`` those not stored (removing twice changes nothing)."""
    texts = _lifecycle_texts()
    report = WriteReport()
    for article_id in article_ids:
        removed = store.transaction(lambda tx, a=article_id: _remove_steps(tx, a, texts))
        (report.written if removed else report.skipped).append(article_id)
    return report


def replace_extractions(store: Store, extractions: Iterable[Extraction]) -> WriteReport:
    """Replace each article's extraction in one transaction: the old one is taken out as
    :func:`remove_articles` does, the new one written, so no reader sees the article half-done."""
    texts = _lifecycle_texts()
    report = WriteReport()
    for ext in extractions:
        try:
            _validate(ext)
        except NewsgraphError as err:
            report.failed[ext.article.id] = str(err)
            continue

        def work(tx: neo4j.ManagedTransaction, ext: Extraction = ext) -> WriteReport:
            one = WriteReport()
            _remove_steps(tx, ext.article.id, texts)
            _write_steps(tx, [ext], one, texts)
            return one

        try:
            report.merge(store.transaction(work))
        except QueryError as err:
            report.failed[ext.article.id] = str(err)
    return report


def write_extractions(
    store: Store, extractions: Iterable[Extraction], batch_size: int = BATCH_ARTICLES, per_row: bool = False
) -> WriteReport:
    """Write extractions in batches of ``batch_size`` articles, one transaction per batch.

    ``per_row=True`` sends one statement per row instead of one ``UNWIND`` per step (the baseline
    that ``newsgraph bench ingest`` measures against).
    """
    report = WriteReport()
    batch: list[Extraction] = []

    def flush() -> None:
        if not batch:
            return
        valid = []
        for ext in batch:
            try:
                _validate(ext)
                valid.append(ext)
            except NewsgraphError as err:
                report.failed[ext.article.id] = str(err)
        # Neo4j refusing an article (QueryError) costs that article only; an unreachable store
        # (StoreError) stops the whole run, since every later write would fail the same way.
        try:
            if valid:
                report.merge(_write_batch(store, valid, per_row))
        except QueryError:
            for ext in valid:
                try:
                    report.merge(_write_batch(store, [ext], per_row))
                except QueryError as err:
                    report.failed[ext.article.id] = str(err)
        batch.clear()

    for ext in extractions:
        batch.append(ext)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report
