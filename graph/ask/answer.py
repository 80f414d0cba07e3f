"""What an answer is: the ``newsgraph ask --json`` contract, and what the CLI and the Ask page show.

>>> a = Answer(question="Who leads Atlantis?", intent="led_by", answer="No actor is named 'Atlantis'.")
>>> list(a.to_json())
['question', 'intent', 'actors', 'answer', 'evidence', 'cypher', 'params']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

#: The keys of one piece of evidence, in the contract's order.
EVIDENCE_KEYS = ("text", "speaker", "article", "title", "published", "url")

#: What happened to a question: answered from the graph, nothing found, a name the store does not
#: know, no intent near it, or an actor missing from it.
STATUSES = ("answered", "empty", "unknown_actor", "no_intent", "need_actor")


@dataclass
class Answer:
    question: str
    intent: str | None = None
    actors: list[dict[str, str]] = field(default_factory=list)  # [{"id", "name"}]
    answer: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)  # EVIDENCE_KEYS each
    cypher: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    status: str = "answered"
    details: list[str] = field(default_factory=list)  # lines under the answer (hops, months, items)
    suggestions: list[str] = field(default_factory=list)  # "did you mean" names or example questions
    graph: nx.MultiDiGraph | None = None  # the subgraph the answer rests on

    def to_json(self) -> dict[str, Any]:
        """The JSON contract: exactly these keys, plain values."""
        return {
            "question": self.question,
            "intent": self.intent,
            "actors": [{"id": a["id"], "name": a["name"]} for a in self.actors],
            "answer": self.answer,
            "evidence": [{k: e.get(k) for k in EVIDENCE_KEYS} for e in self.evidence],
            "cypher": self.cypher,
            "params": self.params,
        }


def evidence_item(
    text: str,
    article: str | None,
    articles: dict[str, dict],
    speaker: str | None = None,
) -> dict[str, Any]:
    """One cited sentence with its speaker and its article's title, date and link.

    >>> evidence_item("S.", "a1", {"a1": {"title": "T", "published": "2019-09-01", "url": None}})
    {'text': 'S.', 'speaker': None, 'article': 'a1', 'title': 'T', 'published': '2019-09-01', 'url': None}
    """
    meta = articles.get(article or "", {})
    return {
        "text": text,
        "speaker": speaker,
        "article": article,
        "title": meta.get("title"),
        "published": meta.get("published"),
        "url": meta.get("url"),
    }
