"""Drawing query results: one style for the app and the exports, and a self-contained vis-network page.

``style`` says how each kind of node and relation looks; ``html`` turns a graph into vis-network data
(nodes, edges, options) and into a page that opens offline. Neither imports Streamlit, so the app and
``newsgraph export`` share them.
"""
