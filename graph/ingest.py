"""Ingest: the one place that composes read -> extract -> resolve -> store.

Example (with a running Neo4j)::

    with connect() as store:
        summary = ingest(store, ["seeds/"])
    summary.articles_written  # 1
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError, NewsgraphError
from graph.model import Article, Entity, Extraction
from graph.read import iter_articles
from graph.store import Store, write_extractions
from graph.store.write import BATCH_ARTICLES

#: Where analysts keep forced and forbidden merges (format: graph/data/aliases.example.toml); optional.
DEFAULT_ALIAS_FILE = Path("aliases.toml")


@dataclass
class IngestSummary:
    """What one ``newsgraph ingest`` did, for the closing summary line and ``--json``."""

    articles_written: int = 0
    articles_skipped: int = 0
    actors_added: int = 0
    statements_added: int = 0
    relations_added: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def as_dict(self) -> dict:
        return {
            "articles_written": self.articles_written,
            "articles_skipped": self.articles_skipped,
            "actors_added": self.actors_added,
            "statements_added": self.statements_added,
            "relations_added": self.relations_added,
            "failed": self.failed,
            "errors": list(self.errors),
        }


def known_actors(store: Store) -> list[Entity]:
    """The actors already stored, for cross-article resolution."""
    return [
        Entity(
            id=row["id"], name=row["name"], type=row["kind"], aliases=list(row["aliases"] or []), mentions=0
        )
        for row in store.read("known_actors")
    ]


def _extractions(
    articles: Iterable[Article | InputError],
    errors: list[str],
    on_article: Callable[[], None] | None,
    processes: int = 1,
) -> Iterator[Extraction]:
    """Extract the good articles, turning input errors into lines of the summary."""
    from graph.extract.pipeline import extract_many

    def good() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, InputError):
                errors.append(str(item))
                if on_article:
                    on_article()
            else:
                yield item

    for extraction in extract_many(good(), processes=processes):
        if on_article:
            on_article()
        yield extraction


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    alias_file: Path | None = None,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
    processes: int = 1,
) -> IngestSummary:
    """Read every article under ``paths``, extract, resolve against the store's actors, and write."""
    from graph.resolve.across import ActorIndex, load_alias_file

    return ingest_articles(
        store,
        iter_articles(paths),
        resolver=ActorIndex(
            known_actors(store),
            load_alias_file(alias_file) if alias_file and alias_file.exists() else None,
        ),
        batch_size=batch_size,
        on_article=on_article,
        processes=processes,
    )


def ingest_articles(
    store: Store,
    articles: Iterable[Article | InputError],
    resolver,
    batch_size: int = BATCH_ARTICLES,
    on_article: Callable[[], None] | None = None,
    processes: int = 1,
) -> IngestSummary:
    """Extract, resolve and write already-read articles (``processes``: see ``extract_many``)."""
    summary = IngestSummary()
    batch: list[Extraction] = []

    def flush() -> None:
        if not batch:
            return
        report = write_extractions(store, batch, batch_size=batch_size)
        by_id = {ext.article.id: ext for ext in batch}
        for article_id in report.written:
            ext = by_id[article_id]
            summary.articles_written += 1
            summary.statements_added += len(ext.statements)
            summary.relations_added += len(ext.relations)
        summary.actors_added += report.nodes_created_by_step.get("write_actors", 0)
        summary.articles_skipped += len(report.skipped)
        for article_id, reason in report.failed.items():
            where = by_id[article_id].article.source_path or article_id
            summary.errors.append(f"{where}: not stored ({reason})")
        batch.clear()

    for extraction in _extractions(articles, summary.errors, on_article, processes):
        try:
            batch.append(resolver.resolve(extraction))
        except NewsgraphError as err:
            summary.errors.append(f"{extraction.article.source_path or extraction.article.id}: {err}")
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary
