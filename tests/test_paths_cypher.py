"""Paths found by Neo4j against networkx's answer on small generated graphs: the same lengths, the
same sets of shortest paths, valid simple paths, avoided actors, kinds and relation types honoured;
and the relation types spelled out in the Cypher patterns match the model."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import networkx as nx
import pytest

from graph.model import ACTOR_KINDS, Article, Entity, Extraction, Relation, actor_id
from graph.query import find_paths
from graph.store import write_extractions

CYPHER = Path(__file__).resolve().parents[1] / "cypher"
TYPES = ("SPOKE_WITH", "LEADS", "WORKS_FOR", "CO_MENTIONED")


def as_articles(title: str, triples, name_of, kind_of, per_article: int) -> list[Extraction]:
    """``(source, type, target)`` triples written as articles of ``per_article`` sentences, sentence i
    of an article stating its triple i."""
    extractions = []
    chunks = [triples[i : i + per_article] for i in range(0, len(triples), per_article)]
    for number, chunk in enumerate(chunks):
        sentences = [f"Sentence {i} links {a} and {b}." for i, (a, _, b) in enumerate(chunk)]
        art = Article.from_fields(f"{title}-{number}", " ".join(sentences))
        used = sorted({x for a, _, b in chunk for x in (a, b)})
        entities = [Entity(i, name_of[i], kind_of[i], [], 1) for i in used]
        rels = [Relation(a, t, b, i, sentences[i]) for i, (a, t, b) in enumerate(chunk)]
        extractions.append(Extraction(art, entities, [], [], rels, [(0, 1)] * len(chunk)))
    return extractions


def generated(seed: int, actors: int = 24, relations: int = 40):
    """A random actor graph (kinds, typed relations, some parallel) as extractions and as the
    undirected networkx graph paths are defined on."""
    rng = random.Random(seed)
    people = [(ACTOR_KINDS[rng.randrange(3)], f"Gen {seed} Actor {i}") for i in range(actors)]
    ids = [actor_id(k, n) for k, n in people]
    kind_of = {actor_id(k, n): k for k, n in people}
    triples = []
    for _ in range(relations):
        a, b = rng.sample(ids, 2)
        triples.append((a, rng.choice(TYPES), b))
    name_of = {actor_id(k, n): n for k, n in people}
    extractions = as_articles(f"Generated {seed}", triples, name_of, kind_of, per_article=8)
    stored = sorted({x for a, _, b in triples for x in (a, b)})  # actors in no relation are not stored
    return extractions, triples, {i: kind_of[i] for i in stored}, stored


def nx_graph(triples, kind_of, types=(), avoid_ids=(), avoid_kinds=(), keep=()):
    graph = nx.Graph()
    graph.add_nodes_from(kind_of)
    graph.add_edges_from((a, b) for a, t, b in triples if not types or t in types)
    graph.remove_nodes_from(
        [n for n in list(graph) if n not in keep and (n in avoid_ids or kind_of[n] in avoid_kinds)]
    )
    return graph


def check(store, triples, kind_of, start, end, max_hops=6, **filters):
    graph = nx_graph(
        triples,
        kind_of,
        filters.get("rel_types", ()),
        [a for a in filters.get("avoid", ()) if a in kind_of],
        [a for a in filters.get("avoid", ()) if a in ACTOR_KINDS],
        keep={start, end},
    )
    try:
        expected = list(nx.all_shortest_paths(graph, start, end))
    except nx.NetworkXNoPath:
        expected = []
    expected = [p for p in expected if len(p) - 1 <= max_hops]

    def valid(nodes):
        assert nodes[0] == start and nodes[-1] == end and len(set(nodes)) == len(nodes)
        assert all(graph.has_edge(u, v) for u, v in itertools.pairwise(nodes)), nodes

    shortest = find_paths(store, start, end, max_hops=max_hops, mode="shortest", **filters)
    assert [len(p.nodes) for p in shortest] == ([len(expected[0])] if expected else [])
    for p in shortest:
        valid(p.nodes)
        assert all(h.evidence and h.weight >= 1 for h in p.hops)
        if filters.get("rel_types"):
            assert all(h.type in filters["rel_types"] for h in p.hops)

    every = find_paths(store, start, end, max_hops=max_hops, mode="all_shortest", **filters)
    assert sorted(p.nodes for p in every) == sorted(expected)

    k = find_paths(store, start, end, max_hops=max_hops, mode="k", k=4, **filters)
    simple = itertools.islice(nx.shortest_simple_paths(graph, start, end), 4) if expected else []
    lengths = [len(p) for p in simple if len(p) - 1 <= max_hops]
    assert [len(p.nodes) for p in k] == lengths
    assert len({tuple(p.nodes) for p in k}) == len(k)
    for p in k:
        valid(p.nodes)
    return bool(expected)


@pytest.mark.neo4j
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_paths_in_cypher_match_networkx(store, seed):
    extractions, triples, kind_of, ids = generated(seed)
    report = write_extractions(store, extractions)
    assert not report.failed
    rng = random.Random(seed)
    pairs = [tuple(rng.sample(ids, 2)) for _ in range(6)]
    connected = 0
    for start, end in pairs:
        connected += check(store, triples, kind_of, start, end)
        check(store, triples, kind_of, start, end, max_hops=2)
        check(store, triples, kind_of, start, end, avoid=["Organization"])
        middle = [n for n in ids if n not in (start, end)][:3]
        check(store, triples, kind_of, start, end, avoid=middle)
        check(store, triples, kind_of, start, end, rel_types=["SPOKE_WITH", "LEADS"])
    assert connected >= 3  # the generated graphs are dense enough that most pairs connect


def hub_graph(seed: int, leaves: int = 150):
    """A star around one busy actor (as a country is in news), an outer ring of actors that reach it
    only through a leaf, and a few typed links between leaves: the shapes where paths are found by
    key around the hub (path_shortest's near stage) instead of walking it."""
    rng = random.Random(seed)
    hub = ("Country", f"Hub {seed}")
    people = [hub] + [(ACTOR_KINDS[i % 3], f"Hub {seed} Leaf {i}") for i in range(leaves)]
    outer = [(ACTOR_KINDS[i % 3], f"Hub {seed} Outer {i}") for i in range(12)]
    hub_id = actor_id(*hub)
    leaf_ids = [actor_id(k, n) for k, n in people[1:]]
    outer_ids = [actor_id(k, n) for k, n in outer]
    triples = [(hub_id, rng.choice(TYPES), leaf) for leaf in leaf_ids]
    triples += [(o, rng.choice(TYPES), leaf) for o in outer_ids for leaf in rng.sample(leaf_ids, 2)]
    triples += [(a, rng.choice(TYPES), b) for a, b in (rng.sample(leaf_ids, 2) for _ in range(20))]
    triples += [(a, rng.choice(TYPES), b) for a, b in (rng.sample(outer_ids, 2) for _ in range(3))]
    kind_of = {actor_id(k, n): k for k, n in people + outer}
    name_of = {actor_id(k, n): n for k, n in people + outer}
    extractions = as_articles(f"Hub {seed}", triples, name_of, kind_of, per_article=10)
    return extractions, triples, kind_of, hub_id, leaf_ids, outer_ids


def db_hits(plan) -> int:
    return plan.get("dbHits", 0) + sum(db_hits(child) for child in plan.get("children", []))


@pytest.mark.neo4j
@pytest.mark.parametrize("seed", [4, 5])
def test_paths_around_a_busy_actor_match_networkx(store, seed):
    extractions, triples, kind_of, hub, leaves, outer = hub_graph(seed)
    assert not write_extractions(store, extractions).failed
    rng = random.Random(seed)
    pairs = [(hub, o) for o in outer[:4]] + [(o, hub) for o in outer[4:6]] + [(hub, leaves[0])]
    pairs += [tuple(rng.sample(outer + leaves[:10], 2)) for _ in range(3)]
    for start, end in pairs:
        assert check(store, triples, kind_of, start, end)
        check(store, triples, kind_of, start, end, max_hops=1)
        middle = [a for a, _, b in triples if b == end][:1] + [b for a, _, b in triples if a == end][:1]
        check(store, triples, kind_of, start, end, avoid=middle)
        check(store, triples, kind_of, start, end, avoid=["Person"])
        check(store, triples, kind_of, start, end, rel_types=["SPOKE_WITH", "CO_MENTIONED"])


@pytest.mark.neo4j
def test_a_short_path_from_a_busy_actor_does_not_walk_it(store):
    """From the hub to an actor two steps away, the search reads far fewer records than the hub has
    relations (a breadth-first search from the hub would read every one of them)."""
    from graph.model import RELATION_TYPES
    from graph.store.queries import load_query

    extractions, triples, kind_of, hub, leaves, outer = hub_graph(6, leaves=400)
    assert not write_extractions(store, extractions).failed
    params = {"avoid": [], "kinds": [], "follow": list(RELATION_TYPES), "banned": [], "max_hops": 4}
    text = "PROFILE " + load_query("path_shortest").text
    for start, end in [(hub, outer[0]), (outer[1], hub)]:
        found = store.driver.execute_query(text, source=start, target=end, **params)
        assert len(found.records[0]["ids"]) == 3
        assert found.records[0]["ids"][0] == start
        assert db_hits(found.summary.profile) < 200  # the hub has 400 relations
    # A direct relation ends the search: the leaf's neighbours are not looked up as middles.
    degree = {leaf: sum(leaf in (a, b) for a, _, b in triples) for leaf in leaves}
    busiest_leaf = max(leaves, key=lambda leaf: (degree[leaf], leaf))
    assert degree[busiest_leaf] >= 3
    found = store.driver.execute_query(text, source=hub, target=busiest_leaf, **params)
    assert found.records[0]["ids"] == [hub, busiest_leaf]
    # the two ends, their degrees and at most one prefix seek per type and direction; trying the
    # leaf's neighbours as well (the search before) read 76
    assert db_hits(found.summary.profile) < 60


def test_cypher_type_lists_are_the_models():
    from graph.model import RELATION_TYPES

    pattern = re.compile(r"\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)(?:\*[\d.]*)?\]")
    found = 0
    for path in CYPHER.glob("*.cypher"):
        for listed in pattern.findall(path.read_text()):
            assert set(listed.split("|")) == set(RELATION_TYPES), path.name
            found += 1
    assert found >= 6


def test_hops_look_relations_up_by_key_with_every_type_spelled_out():
    """A dynamic type is not planned as an index seek (Neo4j 5.26): path_hops has a branch per type
    with the type written out, both directions, so a hop between two busy actors costs 22 seeks."""
    from graph.model import RELATION_TYPES

    text = (CYPHER / "path_hops.cypher").read_text()
    assert re.findall(r"MATCH \(\)-\[r:(\w+) \{key: key\}\]->\(\)", text) == list(RELATION_TYPES)
    for rel_type in RELATION_TYPES:
        assert f"[a.id + '|{rel_type}|' + b.id + '|', b.id + '|{rel_type}|' + a.id + '|']" in text
