"""Ask: a question in plain words, answered from the graph (graph.ask), with the sentences, the
subgraph and the Cypher behind the answer."""

from __future__ import annotations

import hashlib
import json

import streamlit as st

from app_pages import common
from graph.ask import ask
from graph.errors import NewsgraphError
from graph.view import component
from graph.view.text import markdown_text as esc
from graph.view.text import safe_url

ss = st.session_state
ver = common.version()

#: Shown before the first question (the same intents `newsgraph ask` understands).
STARTERS = (
    "How is Donald Trump connected to Wells Fargo?",
    "Who said what about TikTok?",
    "Who works for Wells Fargo?",
    "What issues are around China?",
)


@st.cache_data(show_spinner=False, max_entries=128)
def cached_ask(ver: tuple, question: str):
    return ask(common.store(), question)


def put_question(question: str) -> None:
    ss["ask-question"] = question


def question_buttons(questions, key: str) -> None:
    for index, question in enumerate(questions):
        # Labels render Markdown, and suggestions carry names from the store.
        st.button(
            esc(question), key=f"{key}-{index}", on_click=put_question, args=(question,), type="tertiary"
        )


st.title("Ask")
st.caption(
    "Ask the graph in plain words. Every answer is read from the store and cites its sentences, "
    "its subgraph and the Cypher query behind it. Dates narrow it: “in 2019”, “since March”."
)

with st.form("ask-form"):
    st.text_input(
        "Question", key="ask-question", placeholder="e.g. How is Donald Trump connected to Wells Fargo?"
    )
    st.form_submit_button("Ask", type="primary")

question = (ss.get("ask-question") or "").strip()
if not question:
    st.caption("Try one of these:")
    question_buttons(STARTERS, "ask-starter")
    st.stop()

try:
    answer = cached_ask(ver, question)
except NewsgraphError as err:
    common.show_error(err)
    st.stop()
if answer.status == "answered":
    st.success(esc(answer.answer), icon=":material/check:")
elif answer.status == "empty":
    st.info(esc(answer.answer), icon=":material/info:")
else:
    st.warning(esc(answer.answer), icon=":material/help:")
if answer.suggestions:
    st.caption("Did you mean:" if answer.status == "unknown_actor" else "Questions I can answer:")
    question_buttons(answer.suggestions, "ask-suggestion")
if answer.intent:
    names = ", ".join(a["name"] for a in answer.actors)
    st.caption(esc(f"Read as: {answer.intent.replace('_', ' ')}" + (f" · {names}" if names else "")))

for line in answer.details:
    st.markdown(("    - " if line.startswith("  ") else "- ") + esc(line.strip()))

if answer.evidence:
    st.subheader(f"Evidence ({len(answer.evidence)})")
    for item in answer.evidence:
        with st.container(border=True, key=None):
            speaker = f"**{esc(item['speaker'])}**: " if item.get("speaker") else ""
            st.markdown(f"> {speaker}{esc(item['text'])}")
            source = esc(item.get("title") or item.get("article") or "")
            url = safe_url(item.get("url"))
            if url:
                source = f"[{source}]({url.replace('(', '%28').replace(')', '%29')})"
            st.caption(f"— {source}" + (f" · {esc(item['published'])}" if item.get("published") else ""))

key = hashlib.sha1(question.encode()).hexdigest()[:10]
if answer.graph is not None and answer.graph.number_of_nodes():
    st.subheader("Subgraph")
    data = component.network_data(answer.graph, common.sizes(ver, answer.graph), more_handles=False)
    component.network(data, key=f"ask-network-{key}", layout_key=key, height=420)
    common.export_panel(answer.graph, f"ask-{key}", key="ask")

if answer.cypher:
    with st.expander("The Cypher behind this answer"):
        st.code(answer.cypher, language="cypher")
        params = json.dumps(answer.params, indent=1, ensure_ascii=False, default=str)
        st.code(params, language="json")
        if st.button("Open in the Cypher page", key="ask-open-cypher"):
            ss["cypher-text"] = answer.cypher
            ss["cypher-params"] = params
            st.switch_page("app_pages/cypher.py")
