"""The shared look: every kind and relation of the model has a style, and the styles are usable by
vis-network, matplotlib and Cytoscape alike."""

from __future__ import annotations

import re

import networkx as nx
from matplotlib.lines import Line2D

from graph.export.sample import sample_graph
from graph.model import ACTOR_KINDS, NODE_LABELS, RELATION_TYPES, STRUCTURAL_TYPES
from graph.view import style

VIS_SHAPES = {"dot", "square", "hexagon", "triangle", "triangleDown", "star", "diamond", "ellipse", "box"}


def test_every_actor_kind_node_label_and_relation_type_has_a_style():
    assert set(style.KIND_STYLES) == set(ACTOR_KINDS)
    assert set(style.LABEL_STYLES) == set(NODE_LABELS) - {"Actor"}
    assert set(style.EDGE_STYLES) == set(RELATION_TYPES) | set(STRUCTURAL_TYPES)


def test_node_categories_are_told_apart_by_colour_and_drawable_everywhere():
    styles = [*style.KIND_STYLES.values(), *style.LABEL_STYLES.values()]
    colours = [s.color for s in styles]
    assert len(set(colours)) == len(colours)
    for s in styles:
        assert re.fullmatch(r"#[0-9a-f]{6}", s.color)
        assert s.shape in VIS_SHAPES
        assert s.marker in Line2D.markers


def test_typed_relations_have_distinct_solid_colours():
    typed = [style.EDGE_STYLES[t] for t in RELATION_TYPES if t != "CO_MENTIONED"]
    assert len({s.color for s in typed}) == len(typed)
    assert not any(s.dashes for s in typed)
    assert style.edge_style("CO_MENTIONED").dashes


def test_node_style_by_kind_then_label_with_a_fallback():
    assert style.node_style({"label": "Actor", "kind": "Organization"}).name == "Organization"
    assert style.node_style({"label": "Article"}).name == "Article"
    assert style.node_style({"label": "Actor", "kind": "Spaceship"}) == style.UNKNOWN_STYLE
    assert style.edge_style("INVENTED_TYPE") == style.UNKNOWN_EDGE_STYLE


def test_sizes_grow_with_centrality_within_bounds():
    sizes = [style.node_size(c / 10) for c in range(11)]
    assert sizes == sorted(sizes)
    assert sizes[0] == style.MIN_SIZE and sizes[-1] == style.MAX_SIZE
    assert style.node_size(5.0) == style.MAX_SIZE and style.node_size(-1) == style.MIN_SIZE


def test_centrality_ranks_actors_not_the_article_they_appear_in():
    g = sample_graph()
    values = style.centrality(g)
    top = max(values, key=values.get)
    assert g.nodes[top]["label"] == "Actor"
    assert values["country:china"] == 1.0
    sizes = style.node_sizes(g)
    assert sizes["country:china"] > sizes["place:south-china-sea"]


def test_legend_lists_only_what_the_graph_contains():
    g = nx.MultiDiGraph()
    g.add_node("a", label="Actor", kind="Person")
    g.add_node("b", label="Actor", kind="Country")
    g.add_edge("a", "b", type="LEADS")
    rows = style.legend_entries(g)
    assert [(r["group"], r["key"]) for r in rows] == [
        ("node", "Person"),
        ("node", "Country"),
        ("edge", "LEADS"),
    ]
    full = style.legend_entries()
    assert len([r for r in full if r["group"] == "node"]) == len(ACTOR_KINDS) + 3
