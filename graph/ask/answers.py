"""One function per kind of intent: the store's rows for a parsed question, turned into an
:class:`~graph.ask.answer.Answer` (one line built from the graph, the cited sentences, the subgraph,
and the named query with its parameters).

Relation evidence and paths come only through ``graph.query`` (:func:`relation_sentences`,
:func:`graph.query.find_paths`); the ``ask_*`` queries here read relations, statements, articles and
issues, never evidence properties.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.ask.answer import Answer, evidence_item
from graph.ask.dates import DateRange
from graph.ask.intents import Intent
from graph.model import RELATION_TYPES, edge_attrs, node_attrs
from graph.query.convert import add_actor_row
from graph.query.evidence import first_evidence
from graph.query.paths import find_paths, paths_graph
from graph.query.subgraphs import attach_articles
from graph.store import Store, load_query

#: At most this many statements, relations, articles or issues in one answer.
LIMIT = 25
#: Sentences fetched for each relation an answer shows.
PER_RELATION = 5
#: The newest articles of an actor read for "issues around".
ISSUE_ARTICLES = 2000
#: Sentences read for a timeline, across all the relations between the two actors.
TIMELINE_SENTENCES = 500

VERBS = {
    "SPOKE_WITH": "spoke with",
    "LEADS": "leads",
    "WORKS_FOR": "works for",
    "AFFILIATED_WITH": "is affiliated with",
    "SPOKESPERSON_FOR": "is spokesperson for",
    "OWNS": "owns",
    "MEMBER_OF": "is a member of",
    "LOCATED_IN": "is located in",
    "CRITICIZED": "criticized",
    "SUPPORTED": "supported",
    "CO_MENTIONED": "is named in a sentence with",
}


@dataclass
class Subject:
    """An actor or an issue the question names."""

    id: str
    name: str
    label: str = "Actor"


def verb(rel_type: str) -> str:
    """A relation type as words.

    >>> verb("SPOKESPERSON_FOR"), verb("NEW_TYPE")
    ('is spokesperson for', 'new type')
    """
    return VERBS.get(rel_type, rel_type.lower().replace("_", " "))


def range_params(dates: DateRange | None) -> dict[str, str | None]:
    return {"since": dates.since if dates else None, "until": dates.until if dates else None}


def in_range(published: str | None, dates: DateRange | None) -> bool:
    """Whether an article's date falls in the range (an undated article is in no range).

    >>> in_range("2019-06-01", DateRange("2019-05-01", "2019-08-01", "")), in_range(None, None)
    (True, True)
    """
    if dates is None:
        return True
    if not published:
        return False
    return (dates.since is None or published >= dates.since) and (
        dates.until is None or published < dates.until
    )


def within(dates: DateRange | None) -> str:
    return f" {dates.describe()}" if dates else ""


def relation_sentences(
    store: Store, relations: list[tuple[str, str, str]], limit: int = PER_RELATION
) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The first ``limit`` sentences of each ``(source, type, target)`` relation
    (``{article, sentence, text, start, end}`` each), read from the evidence nodes by graph.query."""
    return first_evidence(store, list(relations), limit) if relations else {}


def articles_meta(store: Store, ids: set[str] | list[str]) -> dict[str, dict]:
    ids = sorted(i for i in set(ids) if i)
    return {row["id"]: row for row in store.read("articles_by_id", ids=ids)} if ids else {}


def cited(answer: Answer, query: str, **params: Any) -> None:
    """Record the named query (its text) and the parameters an answer came from."""
    answer.cypher = load_query(query).text
    answer.params = params


def actor_graph_of(store: Store, ids: list[str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in store.read("actors_by_id", ids=sorted(set(ids))):
        add_actor_row(graph, row)
    return graph


def add_subject(store: Store, graph: nx.MultiDiGraph, subject: Subject) -> None:
    if subject.label == "Issue":
        graph.add_node(subject.id, **node_attrs("Issue", subject.name))
    elif subject.id not in graph:
        for row in store.read("actors_by_id", ids=[subject.id]):
            add_actor_row(graph, row)


# -- the kinds of intents ---------------------------------------------------------------------------


def connection(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    a, b = subjects[0], subjects[1]
    if a.id == b.id:
        answer.status = "empty"
        answer.answer = f"“{a.name}” is named twice: ask how it is connected to another actor."
        return
    paths = find_paths(store, a.id, b.id, max_hops=4, k=3, mode="k")
    metas = articles_meta(store, {ev["article"] for p in paths for h in p.hops for ev in h.evidence})
    kept = []
    for path in paths:  # with a date range, every hop must be shown by a sentence from that range
        hops = [
            [ev for ev in h.evidence if in_range(metas.get(ev["article"], {}).get("published"), dates)]
            for h in path.hops
        ]
        if all(hops):
            kept.append((path, hops))
    # The query that found the first path (the next ones are its detours, Yen's way, with $banned).
    search = {"max_hops": 4, "avoid": [], "kinds": [], "follow": list(RELATION_TYPES), "banned": []}
    cited(answer, intent.query, source=a.id, target=b.id, **search)
    if not kept:
        answer.status = "empty"
        answer.answer = f"No path links {a.name} and {b.name} within 4 hops{within(dates)}."
        return
    seen: set[str] = set()
    for number, (path, hops) in enumerate(kept, start=1):
        steps = " ".join(
            f"—{verb(hop.type)}→ {name}" if hop.source == node else f"←{verb(hop.type)}— {name}"
            for node, name, hop in zip(path.nodes, path.names[1:], path.hops, strict=False)
        )
        answer.details.append(f"Path {number} ({len(path.hops)} hop(s)): {path.names[0]} {steps}")
        for hop, sentences in zip(path.hops, hops, strict=True):
            first = sentences[0]
            answer.details.append(
                f"  {hop.source_name} {verb(hop.type)} {hop.target_name}: “{first['text']}”"
            )
            key = f"{first['article']}:{first.get('sentence')}:{hop.source}:{hop.target}"
            if key not in seen:
                seen.add(key)
                answer.evidence.append(evidence_item(first["text"], first["article"], metas))
    best, _ = kept[0]
    chain = " → ".join(best.names)
    others = f" ({len(kept) - 1} other path(s) below)" if len(kept) > 1 else ""
    answer.answer = f"{a.name} is connected to {b.name} in {len(best.hops)} hop(s): {chain}{others}."
    answer.graph = paths_graph([p for p, _ in kept])


def _statement_answer(store, answer, rows, subject_graph: list[Subject]) -> None:
    graph = actor_graph_of(store, [r["speaker_id"] for r in rows if r.get("speaker_id")])
    for subject in subject_graph:
        add_subject(store, graph, subject)
    for row in rows:
        answer.evidence.append(
            {
                "text": row["text"],
                "speaker": row.get("speaker"),
                "article": row["article"],
                "title": row.get("title"),
                "published": row.get("published"),
                "url": row.get("url"),
            }
        )
        graph.add_node(
            row["statement"],
            **node_attrs(
                "Statement",
                (row["quote"] or "")[:60],
                text=row["quote"],
                kind=row["kind"],
                article=row["article"],
            ),
        )
        if row.get("speaker_id"):
            graph.add_edge(row["speaker_id"], row["statement"], key="SAID", **edge_attrs("SAID"))
        for subject in subject_graph:
            if subject.id != row.get("speaker_id"):
                graph.add_edge(row["statement"], subject.id, key="ABOUT", **edge_attrs("ABOUT"))
    attach_articles(store, graph)
    answer.graph = graph


def said_about(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    x = subjects[0]
    params = {"id": x.id, **range_params(dates), "limit": LIMIT}
    rows = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    if not rows:
        answer.status = "empty"
        answer.answer = f"No statement about {x.name} is in the store{within(dates)}."
        return
    speakers = Counter(r.get("speaker") or "an unnamed source" for r in rows)
    who = ", ".join(f"{name} ({count})" for name, count in speakers.most_common())
    answer.answer = f"{len(rows)} statement(s) about {x.name}{within(dates)}, by {who}."
    for row in rows:
        answer.details.append(f"{row.get('speaker') or 'unnamed source'}: “{row['quote']}”")
    _statement_answer(store, answer, rows, [x])


def statements_by(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    x = subjects[0]
    about = subjects[1] if len(subjects) > 1 else None
    params = {"id": x.id, "about": about.id if about else None, **range_params(dates), "limit": LIMIT}
    rows = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    topic = f" about {about.name}" if about else ""
    if not rows:
        answer.status = "empty"
        answer.answer = f"No statement by {x.name}{topic} is in the store{within(dates)}."
        return
    quotes = sum(r["kind"] == "direct" for r in rows)
    answer.answer = (
        f"{x.name} made {len(rows)} statement(s){topic}{within(dates)} "
        f"({quotes} direct quote(s), {len(rows) - quotes} reported)."
    )
    for row in rows:
        answer.details.append(f"“{row['quote']}” ({row.get('title') or row['article']})")
    _statement_answer(store, answer, rows, [s for s in (x, about) if s])


def relation(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    x = subjects[0]
    params = {"id": x.id, "types": list(intent.types), "direction": intent.direction, "limit": LIMIT}
    rows = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    sentences = relation_sentences(store, [(r["source"], r["type"], r["target"]) for r in rows])
    metas = articles_meta(store, {ev["article"] for evs in sentences.values() for ev in evs})
    graph = actor_graph_of(store, [x.id, *(r["other"] for r in rows)])
    facts = []
    for row in rows:
        key = (row["source"], row["type"], row["target"])
        shown = [
            ev
            for ev in sentences.get(key, [])
            if in_range(metas.get(ev["article"], {}).get("published"), dates)
        ]
        if dates and not shown:
            continue
        source = x.name if row["source"] == x.id else row["other_name"]
        target = x.name if row["target"] == x.id else row["other_name"]
        count = int(row.get("weight") or len(shown) or 1)
        facts.append(f"{source} {verb(row['type'])} {target}")
        answer.details.append(f"{source} {verb(row['type'])} {target} ({count} sentence(s))")
        graph.add_edge(row["source"], row["target"], key=row["type"], **edge_attrs(row["type"], count, shown))
        for ev in shown[:2]:
            answer.evidence.append(evidence_item(ev["text"], ev["article"], metas))
    if not facts:
        answer.status = "empty"
        answer.answer = f"The store holds no answer to “{intent.title}” for {x.name}{within(dates)}."
        return
    more = f" (and {len(facts) - 5} more)" if len(facts) > 5 else ""
    answer.answer = "; ".join(facts[:5]) + more + within(dates).rstrip() + "."
    graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0 and n != x.id])
    attach_articles(store, graph)
    answer.graph = graph


def co_articles(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    a, b = subjects[0], subjects[1]
    params = {"a": a.id, "b": b.id, **range_params(dates), "limit": LIMIT}
    rows = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    if not rows:
        answer.status = "empty"
        answer.answer = f"No article mentions both {a.name} and {b.name}{within(dates)}."
        return
    links = store.read("ask_link_relations", a=a.id, b=b.id)
    sentences = relation_sentences(store, [(r["source"], r["type"], r["target"]) for r in links])
    by_article: dict[str, str] = {}
    for evs in sentences.values():
        for ev in evs:
            by_article.setdefault(ev["article"], ev["text"])
    metas = {r["article"]: {"title": r["title"], "published": r["published"], "url": r["url"]} for r in rows}
    graph = actor_graph_of(store, [a.id, b.id])
    for row in rows:
        answer.evidence.append(
            evidence_item(by_article.get(row["article"]) or row["title"], row["article"], metas)
        )
        answer.details.append(f"{row['title']} ({row.get('published') or 'undated'})")
        graph.add_node(
            row["article"],
            **node_attrs(
                "Article",
                row["title"],
                title=row["title"],
                published=row.get("published"),
                url=row.get("url"),
            ),
        )
        graph.add_edge(
            a.id, row["article"], key="MENTIONED_IN", **edge_attrs("MENTIONED_IN", row.get("a_mentions") or 1)
        )
        graph.add_edge(
            b.id, row["article"], key="MENTIONED_IN", **edge_attrs("MENTIONED_IN", row.get("b_mentions") or 1)
        )
    answer.answer = (
        f"{len(rows)} article(s) mention both {a.name} and {b.name}{within(dates)}: "
        + "; ".join(r["title"] for r in rows[:3])
        + ("…" if len(rows) > 3 else ".")
    )
    attach_articles(store, graph)
    answer.graph = graph


def issues_around(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    x = subjects[0]
    params = {"id": x.id, **range_params(dates), "articles": ISSUE_ARTICLES, "limit": LIMIT}
    rows = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    if not rows:
        answer.status = "empty"
        answer.answer = f"No issue is discussed in the articles that mention {x.name}{within(dates)}."
        return
    answer.answer = (
        f"Issues around {x.name}{within(dates)}: "
        + ", ".join(f"{r['name']} ({r['articles']} article(s))" for r in rows[:8])
        + ("…" if len(rows) > 8 else ".")
    )
    graph = actor_graph_of(store, [x.id])
    metas = articles_meta(store, {i for r in rows for i in r["articles_ids"]})
    for row in rows:
        answer.details.append(f"{row['name']}: {row['articles']} article(s), named {row['mentions']} time(s)")
        graph.add_node(row["id"], **node_attrs("Issue", row["name"]))
        for art in row["articles_ids"]:
            meta = metas.get(art, {})
            graph.add_node(
                art,
                **node_attrs(
                    "Article",
                    meta.get("title") or art,
                    title=meta.get("title"),
                    published=meta.get("published"),
                    url=meta.get("url"),
                ),
            )
            graph.add_edge(x.id, art, key="MENTIONED_IN", **edge_attrs("MENTIONED_IN"))
            graph.add_edge(art, row["id"], key="DISCUSSES", **edge_attrs("DISCUSSES"))
        for statement in row["statements"]:
            answer.evidence.append(
                {k: statement.get(k) for k in ("text", "speaker", "article", "title", "published", "url")}
            )
        if not row["statements"] and row["articles_ids"]:
            first = row["articles_ids"][0]
            answer.evidence.append(
                evidence_item(
                    f"{metas.get(first, {}).get('title') or first} (discusses {row['name']})", first, metas
                )
            )
    attach_articles(store, graph)
    answer.graph = graph


def timeline(store: Store, answer: Answer, intent: Intent, subjects: list[Subject], dates) -> None:
    a, b = subjects[0], subjects[1]
    params = {"a": a.id, "b": b.id}
    links = store.read(intent.query, **params)
    cited(answer, intent.query, **params)
    keys = [(r["source"], r["type"], r["target"]) for r in links]
    sentences = relation_sentences(store, keys, limit=TIMELINE_SENTENCES)
    metas = articles_meta(store, {ev["article"] for evs in sentences.values() for ev in evs})
    months: dict[str, Counter] = defaultdict(Counter)
    dated: list[tuple[str, dict, str]] = []
    graph = actor_graph_of(store, [a.id, b.id])
    for key in keys:
        shown = [
            ev
            for ev in sentences.get(key, [])
            if in_range(metas.get(ev["article"], {}).get("published"), dates)
        ]
        if not shown:
            continue
        graph.add_edge(key[0], key[2], key=key[1], **edge_attrs(key[1], len(shown), shown[:PER_RELATION]))
        for ev in shown:
            month = (metas.get(ev["article"], {}).get("published") or "undated")[:7]
            months[month][key[1]] += 1
            dated.append((month, ev, key[1]))
    if not dated:
        answer.status = "empty"
        answer.answer = f"No sentence links {a.name} and {b.name}{within(dates)}."
        return
    order = sorted(months, key=lambda m: (m == "undated", m))
    for month in order:
        kinds = ", ".join(f"{verb(t)} ×{n}" for t, n in months[month].most_common())
        answer.details.append(f"{month}: {sum(months[month].values())} sentence(s) ({kinds})")
    summary = "; ".join(f"{m}: {sum(months[m].values())}" for m in order)
    answer.answer = (
        f"{a.name} and {b.name} are linked by {len(dated)} sentence(s) in {len(order)} month(s)"
        f"{within(dates)} ({summary})."
    )
    for _, ev, _ in sorted(dated, key=lambda d: (d[0] == "undated", d[0])):
        answer.evidence.append(evidence_item(ev["text"], ev["article"], metas))
    attach_articles(store, graph)
    answer.graph = graph


HANDLERS: dict[str, Callable[..., None]] = {
    "connection": connection,
    "said_about": said_about,
    "statements_by": statements_by,
    "relation": relation,
    "co_articles": co_articles,
    "issues_around": issues_around,
    "timeline": timeline,
}
