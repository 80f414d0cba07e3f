"""newsgraph: news articles become a graph of actors, issues and statements in Neo4j.

Read the package top-down, in the order data flows through it:

``model`` (the records) -> ``read`` (files to articles) -> ``extract`` (articles to extractions)
-> ``resolve`` (names to canonical actors) -> ``store`` (Neo4j) -> ``query`` (subgraphs, paths,
centrality) -> ``view`` (pyvis drawings, the Streamlit component) and ``export`` (files for reports).
``ingest`` composes read, extract, resolve and store; ``cli`` is the ``newsgraph`` command.
"""

import os

__version__ = "0.1.0"

# spaCy's numbers go through BLAS, whose sums come out in another order with another thread count,
# and that is enough to tip the entity recogniser on a borderline name ('Ted' or 'Ted Cruz'): one
# thread everywhere (this process, Dask's workers, which use one already) makes an article read the
# same wherever it is parsed. Set before numpy loads; an explicit setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
