"""Questions asked of the store: ego networks (cap, strongest first, filters), paths with evidence
(modes, hop limit, avoided actors and kinds), one article's graph — on a graph built by hand so
every expected answer is known."""

from __future__ import annotations

import pytest

from graph.errors import NotFound, QueryError
from graph.model import Article, Entity, Extraction, Relation, actor_id
from graph.query import article_graph, ego_network, find_paths, paths_graph
from graph.store import write_extractions

pytestmark = pytest.mark.neo4j

PEOPLE = ["Ann Hub", "Bob Strong", "Cid Weak", "Dee Far", "Eve End"]
ID = {name: actor_id("Person", name) for name in PEOPLE}
ACME = actor_id("Organization", "Acme")
LAND = actor_id("Country", "Freedonia")


def article(title: str, pairs: list[tuple[str, str, str]], date: str = "2019-03-01") -> Extraction:
    """One article whose sentence i states relation i of ``pairs`` (source, type, target ids)."""
    sentences = [f"Sentence {i} links {s} and {t}." for i, (s, _, t) in enumerate(pairs)]
    text = " ".join(sentences)
    art = Article.from_fields(
        title, text, published=date, source="Test wire", url=f"https://example.org/{title}"
    )
    names = {v: k for k, v in ID.items()} | {ACME: "Acme", LAND: "Freedonia"}
    kinds = {ACME: "Organization", LAND: "Country"}
    ids = sorted({x for s, _, t in pairs for x in (s, t)})
    entities = [Entity(i, names[i], kinds.get(i, "Person"), [], 1) for i in ids]
    spans, offset = [], 0
    for s in sentences:
        spans.append((offset, offset + len(s)))
        offset += len(s) + 1
    relations = [Relation(s, rel, t, i, sentences[i], *spans[i]) for i, (s, rel, t) in enumerate(pairs)]
    return Extraction(art, entities, [], [], relations, spans)


@pytest.fixture
def graph_store(store):
    hub, strong, weak, far, end = (ID[n] for n in PEOPLE)
    extractions = [
        # Ann-Bob is stated three times, Ann-Cid once: Bob is Ann's strongest link.
        article(
            "one", [(hub, "SPOKE_WITH", strong), (hub, "CO_MENTIONED", weak), (strong, "WORKS_FOR", ACME)]
        ),
        article("two", [(hub, "SPOKE_WITH", strong), (weak, "LEADS", far)], date="2019-06-01"),
        article("three", [(hub, "SPOKE_WITH", strong), (far, "AFFILIATED_WITH", end)], date="2020-01-01"),
        # A country that links everyone: the hub analysts want to route around.
        article("four", [(hub, "LOCATED_IN", LAND), (end, "LOCATED_IN", LAND)], date="2020-02-01"),
    ]
    report = write_extractions(store, extractions)
    assert len(report.written) == 4
    return store


def test_ego_network_strongest_first_with_cap_and_more(graph_store):
    full = ego_network(graph_store, "Ann Hub", hops=1)
    assert set(full.nodes) == {ID["Ann Hub"], ID["Bob Strong"], ID["Cid Weak"], LAND}
    assert full.edges[ID["Ann Hub"], ID["Bob Strong"], "SPOKE_WITH"]["weight"] == 3
    evidence = full.edges[ID["Ann Hub"], ID["Bob Strong"], "SPOKE_WITH"]["evidence"]
    assert [e["text"] for e in evidence][0].startswith("Sentence 0 links")
    assert set(full.graph["articles"]) >= {e["article"] for e in evidence}

    capped = ego_network(graph_store, "Ann Hub", hops=1, limit=2)
    assert set(capped.nodes) == {ID["Ann Hub"], ID["Bob Strong"]}  # the strongest neighbour kept
    assert capped.nodes[ID["Ann Hub"]]["more"] == 2 and capped.graph["omitted"] == 2


def test_ego_network_hops_and_filters(graph_store):
    two = ego_network(graph_store, ID["Ann Hub"], hops=2)
    assert {ID["Dee Far"], ACME, ID["Eve End"]} <= set(two.nodes)
    assert two.nodes[ID["Dee Far"]]["hop"] == 2

    people = ego_network(graph_store, "Ann Hub", hops=2, kinds=["Person"])
    assert LAND not in people and ACME not in people

    typed = ego_network(graph_store, "Ann Hub", hops=1, rel_types=["SPOKE_WITH"])
    assert set(typed.nodes) == {ID["Ann Hub"], ID["Bob Strong"]}

    heavy = ego_network(graph_store, "Ann Hub", hops=1, min_weight=2)
    assert set(heavy.nodes) == {ID["Ann Hub"], ID["Bob Strong"]}

    early = ego_network(graph_store, "Ann Hub", hops=2, date_to="2019-12-31")
    assert LAND not in early and ID["Eve End"] not in early and ID["Dee Far"] in early


def test_paths_modes_limits_and_avoid(graph_store):
    shortest = find_paths(graph_store, "Ann Hub", "Eve End", mode="shortest")
    assert [p.names for p in shortest] == [["Ann Hub", "Freedonia", "Eve End"]]
    hop = shortest[0].hops[0]
    assert (hop.type, hop.source_name, hop.target_name) == ("LOCATED_IN", "Ann Hub", "Freedonia")
    assert hop.evidence[0]["text"] == "Sentence 0 links person:ann-hub and country:freedonia."

    around = find_paths(graph_store, "Ann Hub", "Eve End", avoid=["Country"])
    assert [p.names for p in around] == [["Ann Hub", "Cid Weak", "Dee Far", "Eve End"]]
    assert [h.type for h in around[0].hops] == ["CO_MENTIONED", "LEADS", "AFFILIATED_WITH"]
    assert find_paths(graph_store, "Ann Hub", "Eve End", avoid=["Freedonia"])[0].names[1] == "Cid Weak"

    assert find_paths(graph_store, "Ann Hub", "Eve End", avoid=["Country"], max_hops=2) == []
    several = find_paths(graph_store, "Ann Hub", "Eve End", k=5)
    assert [len(p.nodes) for p in several] == [3, 4]

    drawn = paths_graph(several)
    assert set(drawn.nodes) == {ID["Ann Hub"], LAND, ID["Eve End"], ID["Cid Weak"], ID["Dee Far"]}
    assert all(d["evidence"] for _, _, d in drawn.edges(data=True))

    as_json = several[0].as_dict()
    assert as_json["nodes"] == ["Ann Hub", "Freedonia", "Eve End"]
    assert as_json["hops"][0]["article"] == "four (2020-02-01)"


def test_path_errors_are_clear(graph_store):
    with pytest.raises(NotFound, match="no actor named 'Nobody Atall'"):
        find_paths(graph_store, "Ann Hub", "Nobody Atall")
    with pytest.raises(QueryError, match="same actor"):
        find_paths(graph_store, "Ann Hub", ID["Ann Hub"])
    with pytest.raises(QueryError, match="unknown path mode"):
        find_paths(graph_store, "Ann Hub", "Eve End", mode="longest")


def test_article_graph(graph_store):
    first = graph_store.run_cypher("MATCH (a:Article {title: 'one'}) RETURN a.id AS id").rows[0]["id"]
    g = article_graph(graph_store, first)
    assert g.nodes[first]["label"] == "Article" and g.nodes[first]["title"] == "one"
    actors = {n for n, d in g.nodes(data=True) if d["label"] == "Actor"}
    assert actors == {ID["Ann Hub"], ID["Bob Strong"], ID["Cid Weak"], ACME}
    assert g.has_edge(ID["Bob Strong"], ACME, "WORKS_FOR")
    with pytest.raises(NotFound):
        article_graph(graph_store, "art-0000000000000000")


def hub_store(store, spokes: int = 12):
    """A hub linked to ``spokes`` people, person i by i sentences (so weight i), and each person
    to one leaf of their own (the second hop)."""
    hub = actor_id("Person", "Hub Central")
    names = {hub: "Hub Central"}
    pairs = []
    for i in range(1, spokes + 1):
        spoke, leaf = actor_id("Person", f"Spoke {i}"), actor_id("Person", f"Leaf {i}")
        names |= {spoke: f"Spoke {i}", leaf: f"Leaf {i}"}
        pairs += [(hub, "SPOKE_WITH", spoke)] * i + [(spoke, "WORKS_FOR", leaf)]
    sentences = [f"Sentence {i} links {s} and {t}." for i, (s, _, t) in enumerate(pairs)]
    art = Article.from_fields("hub", " ".join(sentences), published="2020-01-01")
    entities = [Entity(i, n, "Person", [], 1) for i, n in names.items()]
    relations = [Relation(s, r, t, i, sentences[i]) for i, (s, r, t) in enumerate(pairs)]
    assert not write_extractions(
        store, [Extraction(art, entities, [], [], relations, [(0, 1)] * len(pairs))]
    ).failed
    return hub


def test_ego_network_keeps_the_strongest_and_counts_the_rest_exactly(store):
    from graph.query import explore_graph, next_expansion

    hub = hub_store(store)
    capped = ego_network(store, hub, hops=1, limit=5)
    spokes = sorted(
        (n for n in capped if n != hub), key=lambda n: -capped.edges[hub, n, "SPOKE_WITH"]["weight"]
    )
    assert [capped.nodes[n]["name"] for n in spokes] == ["Spoke 12", "Spoke 11", "Spoke 10", "Spoke 9"]
    assert capped.nodes[hub]["more"] == 8 and capped.graph["omitted"] == 8
    # Each drawn relation carries its first sentences only; its weight counts them all.
    edge = capped.edges[hub, actor_id("Person", "Spoke 12"), "SPOKE_WITH"]
    assert edge["weight"] == 12 and 1 <= len(edge["evidence"]) <= 5

    two = ego_network(store, hub, hops=2, limit=16)  # 12 spokes, then room for 3 of their leaves
    assert two.number_of_nodes() == 16
    leaves = sorted(two.nodes[n]["name"] for n, d in two.nodes(data=True) if d["hop"] == 2)
    assert leaves == ["Leaf 1", "Leaf 10", "Leaf 11"]  # every WORKS_FOR weighs 1: ties go by id
    assert "more" not in two.nodes[hub]  # all 12 drawn
    assert sum(1 for _, d in two.nodes(data=True) if d.get("more") == 1) == 9 and two.graph["omitted"] == 9

    # The same filtered: counts come from the filtered scan, not the degree store.
    heavy = ego_network(store, hub, hops=1, limit=3, min_weight=6)
    assert heavy.nodes[hub]["more"] == 5  # spokes 6..12 pass, 2 drawn

    grown = explore_graph(store, hub, {}, hops=1, limit=5)
    wider = next_expansion(grown, hub, {}, step=3)
    assert wider == {hub: 4 + 1 + 3}
    more = explore_graph(store, hub, wider, hops=1, limit=5)
    assert more.number_of_nodes() == 8 and more.nodes[hub]["expanded"] and more.nodes[hub]["more"] == 5


def test_articles_are_listed_a_page_at_a_time_newest_first_or_found_by_title(store):
    from graph.query import list_articles

    def article(n: int, published: str | None) -> Extraction:
        art = Article.from_fields(f"Harbour report number {n}", f"Text of report {n}.", published=published)
        return Extraction(art, [Entity(actor_id("Place", f"Port {n}"), f"Port {n}", "Place", [], 1)])

    dated = [article(n, f"2021-03-{n + 1:02d}") for n in range(23)]
    write_extractions(store, [*dated, article(99, None), article(98, None)])
    first = list_articles(store, page=0, per_page=10)
    assert (first["total"], first["pages"], len(first["rows"])) == (25, 3, 10)
    assert [r["published"] for r in first["rows"]][:2] == ["2021-03-23", "2021-03-22"]
    assert first["rows"][0]["actors"] == 1
    last = list_articles(store, page=2, per_page=10)
    assert len(last["rows"]) == 5
    assert [r["published"] for r in last["rows"]][-2:] == [None, None]  # undated ones last
    every = [r["id"] for p in range(3) for r in list_articles(store, page=p, per_page=10)["rows"]]
    assert sorted(every) == sorted({e.article.id for e in [*dated, article(99, None), article(98, None)]})
    assert list_articles(store, page=7, per_page=10)["page"] == 2  # past the end: the last page
    found = list_articles(store, "harbor reprt number 17")  # typos tolerated
    assert found["rows"][0]["title"] == "Harbour report number 17"
    assert found["total"] == 25 and found["matches"] >= 1
    assert list_articles(store, "zeppelin")["rows"] == []


def test_an_actor_is_found_exactly_by_id_name_or_alias_whatever_its_punctuation(store):
    from graph.query.actors import find_actor

    odd = Entity(actor_id("Organization", 'Acme <Holdings> "Ltd"'), 'Acme <Holdings> "Ltd"', "Organization")
    odd = Entity(odd.id, odd.name, odd.type, ["ACME Corp.", "Acme"], 2)
    other = Entity(actor_id("Organization", "Acme Holdings"), "Acme Holdings", "Organization", [], 1)
    art = Article.from_fields("Acme news", 'Acme <Holdings> "Ltd" and Acme Holdings met.')
    write_extractions(store, [Extraction(art, [odd, other])])
    for name in (odd.id, 'acme <holdings> "ltd"', "  ACME corp. ", "acme"):
        assert [hit["id"] for hit in find_actor(store, name)] == [odd.id], name
    assert [hit["id"] for hit in find_actor(store, "Acme Holdings")] == [other.id]  # not a prefix match
    assert find_actor(store, "<>") == [] and find_actor(store, "Holdings") == []


def test_a_busy_actors_profile_lists_a_bounded_newest_first_page_with_full_counts(store):
    from graph.model import Statement
    from graph.query import actor_profile

    chair, critic = Entity(actor_id("Person", "Ada Chair"), "Ada Chair", "Person"), None
    extractions = []
    for n in range(30):
        critic = Entity(actor_id("Person", f"Critic {n}"), f"Critic {n}", "Person")
        text = f"Ada Chair spoke with Critic {n}. Critic {n} said Ada Chair was wrong."
        art = Article.from_fields(f"Day {n}", text, published=f"2022-01-{n + 1:02d}")
        said = Statement(f"{art.id}:s0", f"We go on, day {n}", chair.id, "direct", 0, [critic.id], text)
        about = Statement(
            f"{art.id}:s1", f"She was wrong, day {n}", critic.id, "indirect", 1, [chair.id], text
        )
        relation = Relation(chair.id, "SPOKE_WITH", critic.id, 0, f"Ada Chair spoke with Critic {n}.")
        extractions.append(
            Extraction(art, [chair, critic], [], [said, about], [relation], [(0, 10), (11, 20)])
        )
    assert not write_extractions(store, extractions).failed
    profile = actor_profile(store, chair.id, relations=5, items=10)
    assert (profile["said_total"], profile["about_total"], profile["articles_total"]) == (30, 30, 30)
    assert [s["text"] for s in profile["said"]][:2] == ["We go on, day 29", "We go on, day 28"]
    assert len(profile["said"]) == len(profile["about"]) == len(profile["articles"]) == 10
    assert profile["about"][0]["speaker"] == "Critic 29" and profile["about"][0]["title"] == "Day 29"
    assert [a["title"] for a in profile["articles"]][:2] == ["Day 29", "Day 28"]
    assert len(profile["relations"]) == 5 and profile["more_relations"]
    first = profile["relations"][0]["evidence"][0]
    assert first["title"].startswith("Day ") and first["text"].startswith("Ada Chair spoke with Critic")
    quiet = actor_profile(store, critic.id)
    assert quiet["said_total"] == 1 and quiet["about_total"] == 1 and not quiet["more_relations"]


def test_relations_among_actors_read_in_parts_equal_the_one_query_answer(graph_store):
    from graph.query.subgraphs import strongest_relations_among

    ids = sorted([*ID.values(), ACME, LAND])
    whole = graph_store.read(
        "relations_between", ids=ids, **{"from": ids}, types=[], strong=False, per_busy=0, limit=100
    )
    assert len(whole) == 7  # every relation of the fixture, once
    for limit in (100, 3):
        split = strongest_relations_among(graph_store, ids, limit=limit)
        assert [(r["source"], r["type"], r["target"], r["weight"]) for r in split] == [
            (r["source"], r["type"], r["target"], r["weight"]) for r in whole[:limit]
        ]
    assert split[0]["type"] == "SPOKE_WITH" and split[0]["weight"] == 3  # the strongest first
    only = strongest_relations_among(graph_store, [ID["Ann Hub"], ID["Bob Strong"]], types=["SPOKE_WITH"])
    assert [(r["source"], r["target"]) for r in only] == [(ID["Ann Hub"], ID["Bob Strong"])]


def test_several_names_are_resolved_in_one_query_each_to_its_own_actor(graph_store):
    from graph.query.actors import find_actors, resolve_actors

    found = find_actors(graph_store, ["Ann Hub", "nobody at all", ID["Eve End"]])
    assert [[r["id"] for r in rows] for rows in found] == [[ID["Ann Hub"]], [], [ID["Eve End"]]]
    assert resolve_actors(graph_store, ["ann hub", "Bob Strnog"]) == [ID["Ann Hub"], ID["Bob Strong"]]
    with pytest.raises(NotFound, match="zzqx"):
        resolve_actors(graph_store, ["Ann Hub", "zzqx"])


def test_a_hop_is_its_typed_relation_before_a_heavier_co_mention_with_that_relations_evidence(store):
    a, b = ID["Ann Hub"], ID["Bob Strong"]
    write_extractions(
        store,
        [
            article("co", [(a, "CO_MENTIONED", b)] * 3),
            article("typed", [(b, "WORKS_FOR", a)], date="2019-05-01"),
        ],
    )
    (path,) = find_paths(store, "Ann Hub", "Bob Strong", mode="shortest")
    (hop,) = path.hops
    assert (hop.source, hop.type, hop.target, hop.others) == (b, "WORKS_FOR", a, ["CO_MENTIONED"])
    assert [ev["text"] for ev in hop.evidence] == [f"Sentence 0 links {b} and {a}."]
    drawn = paths_graph([path])
    assert drawn.nodes[a]["name"] == "Ann Hub" and drawn.nodes[b]["kind"] == "Person"
    assert [info["title"] for info in drawn.graph["articles"].values()] == ["typed"]


def test_an_ego_network_follows_relations_both_ways_and_counts_both_ways_when_filtered(graph_store):
    # Dee Far is led by Cid (incoming) and affiliated with Eve (outgoing): both are neighbours.
    dee = ego_network(graph_store, "Dee Far", hops=1)
    assert set(dee.nodes) == {ID["Dee Far"], ID["Cid Weak"], ID["Eve End"]}
    assert dee.has_edge(ID["Cid Weak"], ID["Dee Far"], "LEADS")
    assert dee.has_edge(ID["Dee Far"], ID["Eve End"], "AFFILIATED_WITH")
    # Filtered and capped to one neighbour: the other is counted, whichever way it points.
    one = ego_network(graph_store, "Dee Far", hops=1, limit=2, kinds=["Person"])
    assert one.number_of_nodes() == 2 and one.nodes[ID["Dee Far"]]["more"] == 1
    # Freedonia only has incoming relations.
    land = ego_network(graph_store, LAND, hops=1)
    assert set(land.nodes) == {LAND, ID["Ann Hub"], ID["Eve End"]}
