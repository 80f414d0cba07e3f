"""The record the extraction stages share: one article's cleaned text, its spaCy doc, its sentences,
and (once resolved) its actors. Stages read it and add to it; only :mod:`~graph.extract.pipeline`
creates it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from graph.extract.actors import Mention
from graph.extract.clean import CleanText
from graph.model import Article
from graph.resolve.within import Cluster


@dataclass
class Parsed:
    article: Article
    clean: CleanText
    doc: Doc
    sentences: list[tuple[int, int]] = field(default_factory=list)  # char offsets, stripped
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)  # token range of each sentence
    sent_of: list[int] = field(default_factory=list)  # sentence index of each token
    mentions: list[Mention] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    cluster_ids: list[str] = field(default_factory=list)  # actor id of each cluster
    token_clusters: dict[int, list[int]] = field(default_factory=dict)  # token -> clusters it names
    issue_hits: list[tuple[str, int, int]] = field(default_factory=list)  # issue id, start, end chars
    cache: dict = field(default_factory=dict)  # per-article lookups the stages build once

    def mentions_in(self, sent: int) -> list[Mention]:
        """The mentions of sentence ``sent`` (an index built on first use, after resolution)."""
        by_sent = self.cache.get("mentions_by_sent")
        if by_sent is None or self.cache.get("mentions_count") != len(self.mentions):
            by_sent = {}
            for m in self.mentions:
                by_sent.setdefault(m.sent, []).append(m)
            self.cache["mentions_by_sent"], self.cache["mentions_count"] = by_sent, len(self.mentions)
        return by_sent.get(sent, [])

    def sentence_text(self, i: int) -> str:
        start, end = self.sentences[i]
        return " ".join(self.clean.original[start:end].split())

    def sentence_at(self, char: int) -> int:
        """Index of the sentence holding character ``char`` (the nearest one before it)."""
        starts = self.cache.get("sentence_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = self.cache["sentence_starts"] = [s for s, _ in self.sentences]
        return max(0, bisect_right(starts, char) - 1)

    def is_heading(self, sent: int) -> bool:
        return self.clean.in_heading(self.sentences[sent][0])

    def clusters_of(self, token_i: int) -> list[int]:
        return self.token_clusters.get(token_i, [])

    def kind(self, cluster: int) -> str:
        return self.clusters[cluster].kind
