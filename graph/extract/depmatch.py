"""Match spaCy ``DependencyMatcher`` patterns, fast, for the subset the relation patterns use.

spaCy's own :class:`spacy.matcher.DependencyMatcher` takes the cartesian product of every node's
candidate tokens in each sentence, and costs about as much as the parse itself once there are forty
patterns. Here each pattern is walked from its first node (the patterns put a selective one first:
a word list or a dependency label), then along its edges, so a pattern costs a look-up when its
anchor word is absent. The patterns stay in spaCy's format (validated by spaCy's matcher when
loaded); ``tests/test_extract_relations.py`` checks both matchers agree.

Supported: ``REL_OP`` ``>`` (right is a child of left), ``<`` (right is left's head), ``>++`` (a
child to the right), ``>--`` (a child to the left), ``>>`` (a descendant), ``.`` (right is the
next token, whatever the parse made of the two), ``;`` (right is the token before); ``RIGHT_ATTRS`` keys
``LOWER``, ``ORTH``, ``TEXT``, ``POS``, ``TAG``, ``DEP`` as a string or
``{"IN": [...], "NOT_IN": [...], "REGEX": "..."}``.

>>> from graph.extract.language import load_nlp
>>> doc = load_nlp()("Anna Berg heads the survey.")
>>> matcher = DepMatcher([("leads", [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": "heads"}},
...     {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "led", "RIGHT_ATTRS": {"DEP": "dobj"}}])])
>>> [(key, [doc[i].text for i in ids]) for key, ids in matcher(doc)]
[('leads', ['heads', 'survey'])]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_GETTERS = {
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
}
_EDGES = {
    ">": lambda t: t.children,
    "<": lambda t: [t.head] if t.head.i != t.i else [],
    ">++": lambda t: t.rights,
    ">--": lambda t: t.lefts,
    ">>": lambda t: (d for d in t.subtree if d.i != t.i),
    ".": lambda t: [t.doc[t.i + 1]] if t.i + 1 < len(t.doc) else [],
    ";": lambda t: [t.doc[t.i - 1]] if t.i > 0 else [],
}


def _test(attrs: dict) -> Callable:
    """One predicate for a node's ``RIGHT_ATTRS``."""
    checks = []
    for key, want in attrs.items():
        if key not in _GETTERS:
            raise ValueError(f"dependency pattern attribute {key!r} is not supported")
        get = _GETTERS[key]
        if isinstance(want, str):
            checks.append(lambda t, get=get, want=want: get(t) == want)
            continue
        for op, value in want.items():
            if op == "IN":
                checks.append(lambda t, get=get, s=frozenset(value): get(t) in s)
            elif op == "NOT_IN":
                checks.append(lambda t, get=get, s=frozenset(value): get(t) not in s)
            elif op == "REGEX":
                checks.append(lambda t, get=get, r=re.compile(value): r.search(get(t)) is not None)
            else:
                raise ValueError(f"dependency pattern operator {op!r} is not supported")
    return lambda t: all(check(t) for check in checks)


def _anchor_words(attrs: dict) -> frozenset[str] | None:
    """The lower-case words a first node must be, when it says (for a look-up instead of a scan)."""
    want = attrs.get("LOWER")
    if isinstance(want, str):
        return frozenset([want])
    if isinstance(want, dict) and "IN" in want:
        return frozenset(want["IN"])
    return None


class DepMatcher:
    """``DepMatcher([(key, pattern), ...])(doc)`` -> ``[(key, [token index of each node]), ...]``, the
    indices in the pattern's node order, like spaCy's ``DependencyMatcher``."""

    def __init__(self, patterns: Iterable[tuple[str, list[dict]]]):
        self._compiled = []
        for key, pattern in patterns:
            first = pattern[0]
            words = _anchor_words(first.get("RIGHT_ATTRS", {}))
            dep = first.get("RIGHT_ATTRS", {}).get("DEP")
            steps = []
            names = {first["RIGHT_ID"]: 0}
            for node in pattern[1:]:
                if node["REL_OP"] not in _EDGES:
                    raise ValueError(f"dependency pattern {key}: REL_OP {node['REL_OP']!r} is not supported")
                steps.append(
                    (names[node["LEFT_ID"]], _EDGES[node["REL_OP"]], _test(node.get("RIGHT_ATTRS", {})))
                )
                names[node["RIGHT_ID"]] = len(names)
            self._compiled.append(
                (
                    key,
                    words,
                    dep if isinstance(dep, str) else None,
                    _test(first.get("RIGHT_ATTRS", {})),
                    steps,
                )
            )

    def __call__(self, doc) -> list[tuple[str, list[int]]]:
        by_word: dict[str, list] = {}
        by_dep: dict[str, list] = {}
        for token in doc:
            by_word.setdefault(token.lower_, []).append(token)
            by_dep.setdefault(token.dep_, []).append(token)
        found = []
        for key, words, dep, first_test, steps in self._compiled:
            if words is not None:
                candidates = sorted((t for w in words if w in by_word for t in by_word[w]), key=lambda t: t.i)
            elif dep is not None:
                candidates = by_dep.get(dep, [])
            else:
                candidates = doc
            for token in candidates:
                if first_test(token):
                    for bound in _extend([token], steps):
                        found.append((key, [t.i for t in bound]))
        return found


def _extend(bound: list, steps: list):
    """Every way to bind the remaining nodes, one step (edge) at a time."""
    if len(bound) == len(steps) + 1:
        yield bound
        return
    left, edge, test = steps[len(bound) - 1]
    for token in edge(bound[left]):
        if test(token):
            yield from _extend([*bound, token], steps)
