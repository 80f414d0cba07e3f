"""Questions asked of the store, answered as networkx graphs and plain lists.

- :func:`search_actors`, :func:`resolve_actor`: find an actor by name, alias or a near spelling;
  :func:`search_left_out`: where a name was read but left out as an unlikely actor.
- :func:`ego_network`, :func:`explore_graph`: an actor's neighbourhood, strongest links first,
  capped, chosen in Neo4j; with the nodes an analyst expanded.
- :func:`find_paths`, :func:`paths_graph`: how two actors are connected, hop by hop, with evidence
  (paths found by Neo4j).
- :func:`actor_profile`: an actor's strongest relations, statements and articles, each list bounded.
- :func:`relation_evidence`: every sentence behind a relation, a page at a time.
- :func:`list_articles`: the Articles page's list, a page or a title search at a time.
- :func:`article_graph`, :func:`cypher_graph`, :func:`actors_graph`: one article's graph; what a
  Cypher query returned; a set of actors and the relations among them.
- No request reads the whole actor graph: centrality and communities are computed by
  ``newsgraph analyze`` and read from the actors by :mod:`graph.query.metrics`.
"""

from graph.query.actors import closest_actor, resolve_actor, search_actors, search_left_out
from graph.query.articles import ARTICLES_PER_PAGE, list_articles
from graph.query.ego import ego_network, explore_graph, next_expansion
from graph.query.evidence import relation_evidence
from graph.query.paths import Hop, Path, find_paths, paths_graph
from graph.query.profile import actor_profile
from graph.query.subgraphs import actors_graph, article_graph, cypher_graph, result_graph

__all__ = [
    "ARTICLES_PER_PAGE",
    "Hop",
    "Path",
    "actor_profile",
    "actors_graph",
    "article_graph",
    "closest_actor",
    "cypher_graph",
    "ego_network",
    "explore_graph",
    "find_paths",
    "list_articles",
    "next_expansion",
    "paths_graph",
    "relation_evidence",
    "resolve_actor",
    "result_graph",
    "search_actors",
    "search_left_out",
]
