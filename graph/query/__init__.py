"""Questions asked of the store, answered as networkx graphs and plain lists.

- :func:`search_actors`, :func:`resolve_actor`: find an actor by name, alias or a near spelling.
- :func:`ego_network`: an actor's neighbourhood, strongest links first, capped.
- :func:`find_paths`, :func:`paths_graph`: how two actors are connected, hop by hop, with evidence.
- :func:`article_graph`, :func:`cypher_graph`: one article's graph; what a Cypher query returned.
- :func:`actor_graph`: the whole actor graph (cached), for paths (centrality and communities are
  computed by ``newsgraph analyze`` and read from the actors by :mod:`graph.query.metrics`).
"""

from graph.query.actors import closest_actor, resolve_actor, search_actors
from graph.query.ego import ego_network
from graph.query.paths import Hop, Path, find_paths, paths_graph
from graph.query.projection import actor_graph
from graph.query.subgraphs import article_graph, cypher_graph, result_graph

__all__ = [
    "Hop",
    "Path",
    "actor_graph",
    "article_graph",
    "closest_actor",
    "cypher_graph",
    "ego_network",
    "find_paths",
    "paths_graph",
    "resolve_actor",
    "result_graph",
    "search_actors",
]
