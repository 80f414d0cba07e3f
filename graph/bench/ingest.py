"""``newsgraph bench ingest``: batched writes against one statement per row, same data, same run.

The synthetic corpus looks like news: a pool of actors with a few very central ones (Zipf-like), so
merges hit existing nodes the way real ingests do. Both modes write the same rows into a clean
database; the figure is rows (nodes and relationships merged) per second.

It runs on a scratch Neo4j of its own (``$NEWSGRAPH_HOME/bench`` on port 7689) so that the analyst's
database is never emptied; with ``NEO4J_URI`` set it needs ``--clear-database`` to use that one.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from collections.abc import Iterator, Sequence

from graph.bench import add_clear_database_flag, scratch_neo4j
from graph.errors import NewsgraphError
from graph.model import (
    ACTOR_KINDS,
    Article,
    Entity,
    Extraction,
    Issue,
    Relation,
    Statement,
    actor_id,
    issue_id,
)
from graph.store.write import BATCH_ARTICLES

RELATION_MIX = ("CO_MENTIONED",) * 6 + ("SPOKE_WITH", "LEADS", "WORKS_FOR", "AFFILIATED_WITH", "OWNS")


def synthetic_corpus(articles: int, pool: int = 3000, seed: int = 7, **shape) -> list[Extraction]:
    """``articles`` extractions of about 60 rows each, drawn from a pool of actors (deterministic);
    ``shape`` as for :func:`iter_synthetic_corpus`.

    >>> corpus = synthetic_corpus(2)
    >>> len(corpus), len(corpus[0].entities) > 5
    (2, True)
    """
    return list(iter_synthetic_corpus(articles, pool, seed, **shape))


def iter_synthetic_corpus(
    articles: int,
    pool: int = 3000,
    seed: int = 7,
    hubs: Sequence[float] = (),
    tail: int = 0,
    zipf_offset: int = 1,
) -> Iterator[Extraction]:
    """The synthetic corpus one article at a time (a 100,000-article corpus does not fit in memory).

    Each article names about 12 actors: each of the ``hubs`` with its probability (``hubs=(0.3, 0.2)``:
    a "Hub 0" in 30% of articles and a "Hub 1" in 20%, as countries and heads of state are in news),
    ``tail`` actors of its own that no other article names (the long tail seen once), and the rest
    drawn from a pool of ``pool`` actors with Zipf-like weights ``1 / (rank + zipf_offset)`` (the
    recurring names; a larger offset flattens the head, so that the hubs are the only giants).

    >>> first = next(iter_synthetic_corpus(1, hubs=(1.0,), tail=2))
    >>> [e.name for e in first.entities if not e.name.startswith("Actor")]
    ['Hub 0', 'Once 0.0', 'Once 0.1']
    """
    rng = random.Random(seed)
    people = [(ACTOR_KINDS[i % len(ACTOR_KINDS)], f"Actor {i}") for i in range(pool)]
    weights = list(itertools.accumulate(1 / (i + zipf_offset) for i in range(pool)))
    hub_actors = [(("Country", "Person")[i % 2], f"Hub {i}") for i in range(len(hubs))]
    topics = [f"topic {i}" for i in range(200)]
    for n in range(articles):
        text = f"Synthetic article {n}. " + " ".join(f"Sentence {s} of article {n}." for s in range(20))
        art = Article.from_fields(f"Synthetic {n}", text, published=f"2020-01-{1 + n % 28:02d}")
        chosen = [hub for hub, p in zip(hub_actors, hubs, strict=True) if rng.random() < p]
        chosen += [(ACTOR_KINDS[(n + t) % len(ACTOR_KINDS)], f"Once {n}.{t}") for t in range(tail)]
        drawn = rng.choices(people, cum_weights=weights, k=14)
        chosen = list(dict.fromkeys(chosen + drawn))[: max(12, len(chosen) + 2)]
        entities = [
            Entity(actor_id(k, name), name, k, [name.split()[-1]], rng.randint(1, 5)) for k, name in chosen
        ]
        issues = [Issue(issue_id(t), t, 1, [rng.randint(0, 19)]) for t in rng.sample(topics, 3)]
        ids = [e.id for e in entities]
        statements = [
            Statement(
                f"{art.id}:s{s}",
                f"Quote {s} of article {n}",
                rng.choice(ids),
                "direct",
                s,
                [rng.choice(ids), issues[0].id],
                f"Sentence {s} of article {n}.",
            )
            for s in range(4)
        ]
        relations = []
        for s in range(15):
            source, target = rng.sample(ids, 2)
            relations.append(
                Relation(source, rng.choice(RELATION_MIX), target, s, f"Sentence {s} of article {n}.")
            )
        sentences = [(i * 30, i * 30 + 29) for i in range(21)]
        yield Extraction(art, entities, issues, statements, relations, sentences)


def measure(store, corpus: list[Extraction], per_row: bool, batch_size: int) -> tuple[int, float]:
    """Nodes and relationships written, and seconds taken, for one mode on a clean database."""
    from graph.store import write_extractions

    store.clear()
    started = time.perf_counter()
    report = write_extractions(store, corpus, batch_size=batch_size, per_row=per_row)
    elapsed = time.perf_counter() - started
    if report.failed:
        raise NewsgraphError(f"the benchmark's writes failed: {next(iter(report.failed.values()))}")
    return report.elements, elapsed


def run_benchmark(store, articles: int, batch_size: int = BATCH_ARTICLES, repeats: int = 3) -> dict:
    """Both modes on the same synthetic corpus; each figure is the best of ``repeats`` runs.

    The per-row baseline writes a quarter of the corpus (it is an order of magnitude slower and its
    rate does not depend on the corpus size); rates are per second, so the two compare directly.
    """
    corpus = synthetic_corpus(articles)
    baseline_corpus = corpus[: max(1, articles // 4)]
    # Warm up both paths first: the JVM compiles its hot code and Neo4j caches the query plans over
    # the first few thousand statements; measured cold, the figures would say more about the JIT.
    measure(store, corpus, per_row=False, batch_size=batch_size)
    measure(store, baseline_corpus[:10], per_row=True, batch_size=batch_size)
    batched = [measure(store, corpus, per_row=False, batch_size=batch_size) for _ in range(repeats)]
    per_row = [measure(store, baseline_corpus, per_row=True, batch_size=batch_size) for _ in range(repeats)]
    store.clear()
    batched_rate = max(n / s for n, s in batched)
    per_row_rate = max(n / s for n, s in per_row)
    return {
        "articles": articles,
        "batch_size": batch_size,
        "nodes_and_relationships": batched[0][0],
        "batched_rows_per_s": round(batched_rate),  # rows = nodes and relationships written
        "per_row_rows_per_s": round(per_row_rate),
        "ratio": round(batched_rate / per_row_rate, 1),
    }


def register(subparsers) -> None:
    parser = subparsers.add_parser("ingest", help="batched writes against one statement per row")
    parser.add_argument("--articles", type=int, default=400, help="synthetic articles (default 400)")
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_ARTICLES, help=f"articles per transaction ({BATCH_ARTICLES})"
    )
    parser.add_argument("--repeats", type=int, default=3, help="runs per mode; the best counts (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_clear_database_flag(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.store import connect

    port = int(os.environ.get("NEWSGRAPH_BENCH_BOLT_PORT", "7689"))
    with scratch_neo4j("bench", port, args.clear_database, quiet=args.json), connect() as store:
        result = run_benchmark(store, args.articles, args.batch_size, args.repeats)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['nodes_and_relationships']} nodes and relationships from {result['articles']} articles"
        )
        print(f"batched (UNWIND, {args.batch_size} articles/tx): {result['batched_rows_per_s']:>9} written/s")
        print(f"one statement per row (baseline):   {result['per_row_rows_per_s']:>9} written/s")
        print(f"ratio: {result['ratio']}x")
    return 0
