"""Storage in Neo4j: the local DBMS's life (:mod:`.local`), the connection and named queries
(:mod:`.connection`, :mod:`.queries`), and batched writes of extractions (:mod:`.write`).

Only this package talks to the Neo4j driver.
"""

from graph.store.connection import CypherResult, Store, connect
from graph.store.queries import NamedQuery, library, load_query
from graph.store.write import WriteReport, write_extractions

__all__ = [
    "CypherResult",
    "NamedQuery",
    "Store",
    "WriteReport",
    "connect",
    "library",
    "load_query",
    "write_extractions",
]
