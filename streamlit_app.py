"""newsgraph in the browser: ``newsgraph app`` (or ``streamlit run streamlit_app.py``).

Thin on purpose: the pages in ``app_pages/`` call ``graph`` functions; this file only composes them and
turns an unreachable Neo4j (:class:`~graph.errors.StoreError`) into a page that says what to do.
"""

import streamlit as st

from app_pages import common
from graph.errors import StoreError

st.set_page_config(page_title="newsgraph", page_icon="🕸️", layout="wide")

# The pages live in app_pages/, not pages/: Streamlit treats a folder called pages/ next to the entry
# script as an old-style multipage app, and a browser opening /paths first would get that instead.
PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("app_pages/ask.py", title="Ask", icon=":material/question_answer:"),
    st.Page("app_pages/explore.py", title="Explore", icon=":material/travel_explore:"),
    st.Page("app_pages/paths.py", title="Paths", icon=":material/route:"),
    st.Page("app_pages/cypher.py", title="Cypher", icon=":material/terminal:"),
    st.Page("app_pages/articles.py", title="Articles", icon=":material/article:"),
]

# Less empty space above each page's title, so the network fits above the fold on a laptop screen.
st.html("<style>.stMainBlockContainer { padding-top: 2.5rem; }</style>")

page = st.navigation(PAGES)
try:
    common.version()  # reach Neo4j before drawing anything, so a failure is the whole page
    page.run()
except StoreError as err:
    common.store_unavailable(err)
