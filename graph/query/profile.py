"""An actor's profile, as the Explore page's side panel shows it: its strongest relations (each with
its first sentence), what it said and what was said about it, and the articles that mention it.

Every list is bounded and comes with its full count, so a head of state named in 30,000 articles costs
the same to show as an actor named once.
"""

from __future__ import annotations

from typing import Any

from graph.store import Store

#: Relations listed in a profile, strongest (and typed) first.
RELATIONS_LISTED = 40
#: Statements of each kind (said, about) and articles listed, newest first.
ITEMS_LISTED = 25


def actor_profile(
    store: Store, actor_id: str, relations: int = RELATIONS_LISTED, items: int = ITEMS_LISTED
) -> dict[str, Any]:
    """``actor_id``'s profile: ``{"relations", "more_relations", "said", "said_total", "about",
    "about_total", "articles", "articles_total"}``. Relations carry ``evidence``: their first sentence
    with its article's title, date, source and link; statements and articles carry theirs too.

    Example (with a connected store)::

        profile = actor_profile(store, "person:donald-trump")
        profile["said_total"], profile["relations"][0]["other_name"]
        # (12, 'Xi Jinping')
    """
    rels = store.read("actor_relations", id=actor_id, limit=relations + 1)
    statements = store.read("actor_statements", id=actor_id, limit=items)
    counted = store.read("actors_by_id", ids=[actor_id])
    found = statements[0] if statements else {"said": [], "about": [], "said_total": 0, "about_total": 0}
    return {
        "relations": rels[:relations],
        "more_relations": len(rels) > relations,
        "said": found["said"],
        "said_total": found["said_total"],
        "about": found["about"],
        "about_total": found["about_total"],
        "articles": store.read("actor_articles", id=actor_id, limit=items),
        "articles_total": counted[0]["articles"] if counted else 0,
    }
