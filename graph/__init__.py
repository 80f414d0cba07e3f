"""newsgraph: news articles become a graph of actors, issues and statements in Neo4j.

Read the package top-down, in the order data flows through it:

``model`` (the records) -> ``read`` (files to articles) -> ``extract`` (articles to extractions)
-> ``resolve`` (names to canonical actors) -> ``store`` (Neo4j) -> ``query`` (subgraphs, paths,
centrality) -> ``view`` (pyvis drawings, the Streamlit component) and ``export`` (files for reports).
``ingest`` composes read, extract, resolve and store; ``cli`` is the ``newsgraph`` command.
"""

__version__ = "0.1.0"
