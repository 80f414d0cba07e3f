"""newsgraph in the browser: ``newsgraph app`` (or ``streamlit run streamlit_app.py``).

Thin on purpose: the pages in ``pages/`` call ``graph`` functions; this file only composes them and
turns an unreachable Neo4j (:class:`~graph.errors.StoreError`) into a page that says what to do.
"""

import streamlit as st

from graph.errors import StoreError
from pages import common

st.set_page_config(page_title="newsgraph", page_icon="🕸️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/explore.py", title="Explore", icon=":material/travel_explore:"),
    st.Page("pages/paths.py", title="Paths", icon=":material/route:"),
    st.Page("pages/cypher.py", title="Cypher", icon=":material/terminal:"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
]

page = st.navigation(PAGES)
try:
    page.run()
except StoreError as err:
    common.store_unavailable(err)
