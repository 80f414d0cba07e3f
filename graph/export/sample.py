"""A small, realistic query graph built by hand from the seed article (``seeds/trump-xi-tiktok.txt``).

It has the shape ``graph.query`` returns (see :func:`graph.model.node_attrs` and
:func:`graph.model.edge_attrs`): actors of every kind, typed relations with their evidence sentences,
quotes with speakers, issues and the article. Tests and docstring examples use it, so the writers can be
checked without a database.

>>> g = sample_graph()
>>> g.nodes["person:donald-trump"]["kind"], g.number_of_nodes() > 15
('Person', True)
"""

from __future__ import annotations

import networkx as nx

from graph.model import edge_attrs, node_attrs

ARTICLE = "art-3f9a1c2e7b4d5a60"

#: (sentence index, text) of the sentences the sample's facts were read from.
SENTENCES = {
    1: "Presidents Donald Trump and Xi Jinping spoke by phone on Friday in an effort to break the deadlock "
    "in strained U.S.-China relations, with the fate of TikTok high on the agenda, according to Chinese "
    "state media and a U.S. official.",
    3: "Beijing’s state broadcaster CCTV confirmed the conversation but offered no details, while the White "
    "House did not immediately comment.",
    4: "The outreach comes as both sides explore the possibility of a face-to-face meeting at the "
    "Asia-Pacific Economic Cooperation (APEC) summit in South Korea at the end of October.",
    6: "Earlier this week, negotiators reached a tentative framework that could keep the app online for U.S. "
    "users by transferring ownership of its U.S. assets from China’s ByteDance to American investors.",
    9: "“I like TikTok; it helped get me elected,” Trump said Thursday.",
    17: "“China’s effective use of sticks, like rare earths, and carrots, like TikTok, has turned things "
    "heavily in their favor,” said Scott Kennedy of the Center for Strategic and International Studies.",
    22: "“Heads-of-state diplomacy plays an irreplaceable role in providing strategic guidance for "
    "China-U.S. relations,” said Liu Pengyu, spokesperson for the Chinese embassy in Washington.",
}


def _evidence(*sentences: int) -> list[dict]:
    evidence, offset = [], 0
    for index in sentences:
        text = SENTENCES[index]
        evidence.append(
            {"article": ARTICLE, "sentence": index, "text": text, "start": offset, "end": offset + len(text)}
        )
        offset += len(text) + 1
    return evidence


def sample_graph() -> nx.MultiDiGraph:
    """The sample subgraph: about twenty nodes around Donald Trump and Xi Jinping."""
    g = nx.MultiDiGraph()
    actors = [
        ("person:donald-trump", "Donald Trump", "Person", ["Trump", "President Trump"]),
        ("person:xi-jinping", "Xi Jinping", "Person", ["Xi", "President Xi"]),
        ("person:scott-kennedy", "Scott Kennedy", "Person", ["Kennedy"]),
        ("person:liu-pengyu", "Liu Pengyu", "Person", []),
        ("organization:bytedance", "ByteDance", "Organization", ["ByteDance Ltd."]),
        ("organization:cctv", "CCTV", "Organization", ["China Central Television"]),
        (
            "organization:center-for-strategic-and-international-studies",
            "Center for Strategic and International Studies",
            "Organization",
            ["CSIS"],
        ),
        ("country:united-states", "United States", "Country", ["U.S.", "America", "Washington"]),
        ("country:china", "China", "Country", ["Beijing", "People’s Republic of China"]),
        ("country:south-korea", "South Korea", "Country", []),
        ("place:south-china-sea", "South China Sea", "Place", []),
        ("event:apec-summit", "APEC summit", "Event", ["Asia-Pacific Economic Cooperation summit"]),
        ("product:tiktok", "TikTok", "Product", ["the app"]),
    ]
    for actor_id, name, kind, aliases in actors:
        g.add_node(actor_id, **node_attrs("Actor", name, kind=kind, aliases=aliases))
    for issue_id, name in [("issue:tariffs", "Tariffs"), ("issue:rare-earths", "Rare earths")]:
        g.add_node(issue_id, **node_attrs("Issue", name))
    g.add_node(
        ARTICLE,
        **node_attrs(
            "Article",
            "Trump, Xi Seek Breakthrough on TikTok in Bid to Ease U.S.-China Tensions",
            title="Trump, Xi Seek Breakthrough on TikTok in Bid to Ease U.S.-China Tensions",
            published="2025-09-19",
            url="https://example.org/news/trump-xi-tiktok",
            source="Example Wire",
        ),
    )
    statements = [
        (9, "I like TikTok; it helped get me elected,", "person:donald-trump", "direct", ["product:tiktok"]),
        (
            17,
            "China’s effective use of sticks, like rare earths, and carrots, like TikTok, has turned things "
            "heavily in their favor,",
            "person:scott-kennedy",
            "direct",
            ["country:china", "issue:rare-earths"],
        ),
        (
            22,
            "Heads-of-state diplomacy plays an irreplaceable role in providing strategic guidance for "
            "China-U.S. relations,",
            "person:liu-pengyu",
            "direct",
            ["country:china", "country:united-states"],
        ),
    ]
    for sentence, text, speaker, kind, about in statements:
        sid = f"{ARTICLE}:s{sentence}"
        g.add_node(sid, **node_attrs("Statement", text[:60], text=text, kind=kind, speaker=speaker))
        g.add_edge(speaker, sid, **edge_attrs("SAID", evidence=_evidence(sentence)))
        g.add_edge(ARTICLE, sid, **edge_attrs("HAS_STATEMENT"))
        for target in about:
            g.add_edge(sid, target, **edge_attrs("ABOUT"))

    relations = [
        ("person:donald-trump", "SPOKE_WITH", "person:xi-jinping", 2.0, (1, 4)),
        ("person:donald-trump", "LEADS", "country:united-states", 1.0, (1,)),
        ("person:xi-jinping", "LEADS", "country:china", 1.0, (1,)),
        ("organization:bytedance", "OWNS", "product:tiktok", 1.0, (6,)),
        ("organization:bytedance", "LOCATED_IN", "country:china", 1.0, (6,)),
        (
            "person:scott-kennedy",
            "WORKS_FOR",
            "organization:center-for-strategic-and-international-studies",
            1.0,
            (17,),
        ),
        ("person:liu-pengyu", "SPOKESPERSON_FOR", "country:china", 1.0, (22,)),
        ("organization:cctv", "AFFILIATED_WITH", "country:china", 1.0, (3,)),
        ("event:apec-summit", "LOCATED_IN", "country:south-korea", 1.0, (4,)),
        ("country:united-states", "CO_MENTIONED", "country:china", 3.0, (1, 6, 22)),
    ]
    for source, rel_type, target, weight, sentences in relations:
        g.add_edge(source, target, **edge_attrs(rel_type, weight, _evidence(*sentences)))
    for actor_id, *_ in actors:
        if actor_id != "place:south-china-sea":
            g.add_edge(actor_id, ARTICLE, **edge_attrs("MENTIONED_IN"))
    g.add_edge("place:south-china-sea", ARTICLE, **edge_attrs("MENTIONED_IN", 1.0))
    g.add_edge(ARTICLE, "issue:tariffs", **edge_attrs("DISCUSSES"))
    g.add_edge(ARTICLE, "issue:rare-earths", **edge_attrs("DISCUSSES"))
    return g
