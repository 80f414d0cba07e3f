"""The data model, written down once and read by every room of newsgraph.

Records flow one way: ``read`` makes :class:`Article` records, ``extract`` turns each into an
:class:`Extraction` (actors, issues, statements, relations, every fact with the sentence it came from),
``resolve`` gives actors their canonical ids, ``store`` writes the extraction to Neo4j. Nothing here
knows about spaCy, the Neo4j driver or Streamlit.

The JSON form of an :class:`Extraction` is the ``newsgraph extract --json`` contract and the shape of
the hand-written gold files in ``tests/gold/`` (which have no ``left_out``: the names the extractor
read but left out as unlikely actors):

>>> ext = Extraction(article=Article(id="a1", title="T", text="Trump spoke."))
>>> sorted(ext.to_json())
['article', 'entities', 'issues', 'left_out', 'relations', 'statements']

Graphs handed from ``query`` to ``view`` and ``export`` are networkx ``MultiDiGraph`` objects whose
nodes carry ``label`` (one of :data:`NODE_LABELS`), ``name`` and, for actors, ``kind`` and ``aliases``,
and whose edges carry ``type``, ``weight`` and ``evidence`` (a list of :class:`Evidence` dicts); see
:func:`node_attrs` and :func:`edge_attrs`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# -- vocabularies ------------------------------------------------------------------------------------

ActorKind = Literal["Person", "Organization", "Country", "Place", "Event", "Product"]
ACTOR_KINDS: tuple[str, ...] = ("Person", "Organization", "Country", "Place", "Event", "Product")

StatementKind = Literal["direct", "indirect"]

#: Typed actor-to-actor relations, read from the text; CO_MENTIONED is the weakest (same sentence).
RELATION_TYPES: tuple[str, ...] = (
    "SPOKE_WITH",
    "LEADS",
    "WORKS_FOR",
    "AFFILIATED_WITH",
    "SPOKESPERSON_FOR",
    "OWNS",
    "MEMBER_OF",
    "LOCATED_IN",
    "CRITICIZED",
    "SUPPORTED",
    "CO_MENTIONED",
)

#: Structural relationships between the node labels (not drawn from a single sentence).
STRUCTURAL_TYPES: tuple[str, ...] = ("MENTIONED_IN", "HAS_STATEMENT", "SAID", "ABOUT", "DISCUSSES")

NODE_LABELS: tuple[str, ...] = ("Actor", "Issue", "Statement", "Article")


# -- ids ---------------------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The form of an article's text that its id is computed from: NFKC, quotes unified, spaces folded.

    >>> normalise_text("  Trump\\u2019s  call\\n\\n") == normalise_text("Trump's call")
    True
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def article_id(title: str, text: str) -> str:
    """A content id: the same article read from any file format gets the same id.

    >>> article_id("T", "Body.") == article_id(" T ", "Body.\\n")
    True
    """
    digest = hashlib.sha256(normalise_text(f"{title}\n{text}").encode("utf-8")).hexdigest()
    return f"art-{digest[:16]}"


def slug(name: str) -> str:
    """A readable, stable key for a name: lower case ASCII words joined by hyphens.

    >>> slug("Xi Jinping"), slug("U.S."), slug("Société Générale")
    ('xi-jinping', 'us', 'societe-generale')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = ascii_name.replace(".", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def actor_id(kind: str, name: str) -> str:
    """The id of an actor across the whole store: its kind and canonical name.

    >>> actor_id("Person", "Donald Trump")
    'person:donald-trump'
    """
    return f"{kind.lower()}:{slug(name)}"


def iso_date(value: object) -> str | None:
    """A publication date as ``YYYY-MM-DD``, from an ISO date or date-time; None for anything else
    (``published`` comes from files anyone writes, and old stores may hold odd values).

    >>> iso_date("2025-10-30"), iso_date("2025-10-30T08:15:00Z"), iso_date("last Tuesday"), iso_date(None)
    ('2025-10-30', '2025-10-30', None, None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def relation_key(source: str, rel_type: str, target: str) -> str:
    """What the ids of every piece of evidence for one relation start with.

    >>> relation_key("person:donald-trump", "SPOKE_WITH", "person:xi-jinping")
    'person:donald-trump|SPOKE_WITH|person:xi-jinping|'
    """
    return f"{source}|{rel_type}|{target}|"


def evidence_id(source: str, rel_type: str, target: str, article: str, sentence: int) -> str:
    """The id of one sentence's support for one relation: the relation's key, then ``article:sentence``.

    Every piece of evidence of a relation shares the prefix :func:`relation_key`, so the unique index
    on ``Evidence.id`` lists a relation's sentences in order, a page at a time, without reading the
    rest (the Cypher files build the same prefix as ``source + '|' + type + '|' + target + '|'``).

    >>> evidence_id("person:donald-trump", "SPOKE_WITH", "person:xi-jinping", "art-1dea0045f80895cc", 3)
    'person:donald-trump|SPOKE_WITH|person:xi-jinping|art-1dea0045f80895cc:3'
    """
    return f"{relation_key(source, rel_type, target)}{article}:{sentence}"


def issue_id(name: str) -> str:
    """The id of an issue: its name as a slug.

    >>> issue_id("Rare earths")
    'issue:rare-earths'
    """
    return f"issue:{slug(name)}"


# -- records -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One news article as read from a file. ``source_path`` says where it came from (for errors)."""

    id: str
    title: str
    text: str
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    source_path: str | None = None

    @classmethod
    def from_fields(cls, title: str, text: str, **meta: Any) -> Article:
        """Build an article whose id comes from its content.

        >>> Article.from_fields("T", "Body.").id == article_id("T", "Body.")
        True
        """
        return cls(id=article_id(title, text), title=title.strip(), text=text, **meta)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence's index and text, and character offsets
    of the sentence in the article's text (title line included, as the extractor saw it)."""

    article: str
    sentence: int
    text: str
    start: int = 0
    end: int = 0


@dataclass
class Entity:
    """An actor as extracted: ``id`` is canonical after ``resolve`` (see :func:`actor_id`)."""

    id: str
    name: str
    type: ActorKind
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    #: How likely the confidence model (graph/extract/confidence.py) finds it that the annotators
    #: would name this actor, from 0 to 1; None where nothing weighed it (gold files, other tools).
    likelihood: float | None = None


@dataclass
class Issue:
    """A topic at stake in an article, with the sentences that raise it."""

    id: str
    name: str
    mentions: int = 1
    sentences: list[int] = field(default_factory=list)


@dataclass
class Statement:
    """A quote (``direct``) or a reported claim (``indirect``) with its speaker's actor id."""

    id: str
    text: str
    speaker: str | None
    kind: StatementKind
    sentence: int
    about: list[str] = field(default_factory=list)  # actor and issue ids
    evidence: str = ""  # the sentence (or sentences) the statement was read from


@dataclass
class Relation:
    """A typed link between two actors read from one sentence; ``evidence`` is that sentence."""

    source: str
    type: str
    target: str
    sentence: int
    evidence: str
    start: int = 0
    end: int = 0
    #: Added by an analyst who read the sentence (``newsgraph relate``), not read by the extractor.
    by_analyst: bool = False


@dataclass
class Extraction:
    """Everything read from one article: the ``extract --json`` contract, and what ingest stores."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each sentence
    extractor: str = ""  # the extractor's version (graph.extract.version), stored on the article
    #: Names read as actors but left out as unlikely ones, each with its likelihood: kept on the
    #: article so an analyst can see what the cut took away (not actors of the graph).
    left_out: list[Entity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object (plain dicts and lists): everything ``load`` needs to store the
        article exactly as ``ingest`` would, so :meth:`from_json` gives the same extraction back.

        >>> ext = Extraction(Article("a1", "T", "Body."), sentences=[(0, 1)], extractor="newsgraph 0.1.0+x")
        >>> Extraction.from_json(ext.to_json()) == ext
        True
        """
        return {
            "article": {
                "id": self.article.id,
                "title": self.article.title,
                "published": self.article.published,
                "url": self.article.url,
                "source": self.article.source,
                "source_path": self.article.source_path,
                "text": self.article.text,
                "extractor": self.extractor,
                "sentences": [list(span) for span in self.sentences],
            },
            "entities": [asdict(e) for e in self.entities],
            "issues": [
                {"id": i.id, "name": i.name, "mentions": i.mentions, "sentences": list(i.sentences)}
                for i in self.issues
            ],
            "statements": [
                {
                    "id": s.id,
                    "text": s.text,
                    "speaker": s.speaker,
                    "kind": s.kind,
                    "sentence": s.sentence,
                    "about": list(s.about),
                    "evidence": s.evidence,
                }
                for s in self.statements
            ],
            "relations": [
                {
                    "source": r.source,
                    "type": r.type,
                    "target": r.target,
                    "sentence": r.sentence,
                    "evidence": r.evidence,
                    "start": r.start,
                    "end": r.end,
                    **({"by_analyst": True} if r.by_analyst else {}),
                }
                for r in self.relations
            ],
            "left_out": [asdict(e) for e in self.left_out],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        """Read the contract's JSON back (gold files use it too); unknown keys are ignored, missing
        optional ones take their defaults. A missing required key raises ``KeyError``, a wrong type
        ``TypeError`` or ``ValueError``."""
        art = data.get("article", {})
        return cls(
            article=Article(
                id=art.get("id", ""),
                title=art.get("title", ""),
                text=art.get("text") or "",
                published=art.get("published"),
                url=art.get("url"),
                source=art.get("source"),
                source_path=art.get("source_path"),
            ),
            entities=[_entity(e) for e in data.get("entities", [])],
            issues=[
                Issue(
                    id=i["id"],
                    name=i["name"],
                    mentions=int(i.get("mentions", 1)),
                    sentences=[int(n) for n in i.get("sentences", [])],
                )
                for i in data.get("issues", [])
            ],
            statements=[
                Statement(
                    id=s["id"],
                    text=s["text"],
                    speaker=s.get("speaker"),
                    kind=s.get("kind", "direct"),
                    sentence=int(s.get("sentence", 0)),
                    about=list(s.get("about", [])),
                    evidence=s.get("evidence", ""),
                )
                for s in data.get("statements", [])
            ],
            relations=[
                Relation(
                    source=r["source"],
                    type=r["type"],
                    target=r["target"],
                    sentence=int(r.get("sentence", 0)),
                    evidence=r.get("evidence", ""),
                    start=int(r.get("start", 0)),
                    end=int(r.get("end", 0)),
                    by_analyst=bool(r.get("by_analyst", False)),
                )
                for r in data.get("relations", [])
            ],
            sentences=[(int(a), int(b)) for a, b in art.get("sentences", [])],
            extractor=art.get("extractor") or "",
            left_out=[_entity(e) for e in data.get("left_out", [])],
        )


def _entity(data: dict[str, Any]) -> Entity:
    """An :class:`Entity` from its contract JSON (``id``, ``name`` and ``type`` required)."""
    likelihood = data.get("likelihood")
    return Entity(
        id=data["id"],
        name=data["name"],
        type=data["type"],
        aliases=list(data.get("aliases", [])),
        mentions=int(data.get("mentions", 1)),
        likelihood=None if likelihood is None else float(likelihood),
    )


# -- the graph handed to view and export -------------------------------------------------------------


def node_attrs(label: str, name: str, **extra: Any) -> dict[str, Any]:
    """Attributes of a node in a query result graph (``label`` is one of :data:`NODE_LABELS`).

    >>> node_attrs("Actor", "Xi Jinping", kind="Person", aliases=["Xi"])
    {'label': 'Actor', 'name': 'Xi Jinping', 'kind': 'Person', 'aliases': ['Xi']}
    """
    return {"label": label, "name": name, **extra}


def edge_attrs(rel_type: str, weight: float = 1.0, evidence: list[dict] | None = None) -> dict[str, Any]:
    """Attributes of an edge in a query result graph; ``evidence`` holds :class:`Evidence` dicts.

    >>> edge_attrs("SPOKE_WITH")["weight"]
    1.0
    """
    return {"type": rel_type, "weight": float(weight), "evidence": list(evidence or [])}


def edges_with_keys(graph) -> Any:
    """``(u, v, key, attrs)`` for every edge, whether or not ``graph`` is a multigraph (key 0 then).

    >>> import networkx as nx
    >>> g = nx.DiGraph(); g.add_edge("a", "b", type="LEADS")
    >>> list(edges_with_keys(g))
    [('a', 'b', 0, {'type': 'LEADS'})]
    """
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, attrs in graph.edges(data=True):
            yield u, v, 0, attrs
