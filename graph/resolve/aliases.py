"""Alias files: which names are one actor. The analysts' file (``aliases.toml``, or ``--aliases
FILE``; see ``graph/data/aliases.example.toml``) and the built-in other names of well-known actors
(``graph/data/known_aliases.toml``) have one format and one reader. Both resolvers read the built-in
list; the one across articles reads the analysts' file over it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graph.errors import InputError
from graph.resolve.names import name_key


@dataclass
class AliasRules:
    """Analysts' decisions: ``merge`` maps a name key to its canonical name; ``never`` holds pairs of
    name keys that must stay apart."""

    merge: dict[str, str] = field(default_factory=dict)
    never: set[frozenset[str]] = field(default_factory=set)

    def forbids(self, names_a: list[str], names_b: list[str]) -> bool:
        keys_a, keys_b = {name_key(n) for n in names_a}, {name_key(n) for n in names_b}
        return any(frozenset((a, b)) in self.never for a in keys_a for b in keys_b if a != b)


def load_alias_file(path: str | Path, shown: str | None = None) -> AliasRules:
    """Read an alias file (format in :mod:`graph.resolve.across`); a bad line is one clear
    :class:`InputError` naming the file as ``shown`` (default: its path)."""
    path = Path(path)
    where = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(where, f"cannot read the alias file ({err.strerror or err})") from err
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = re.search(r"line (\d+)", str(err))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise InputError(where, f"not valid TOML: {reason}", int(line.group(1)) if line else None) from err
    rules = AliasRules()
    unknown = set(data) - {"merge", "never"}
    if unknown:
        raise InputError(where, f"unknown table [{sorted(unknown)[0]}]; use [merge] and [never]")
    for table in ("merge", "never"):
        for canonical, names in data.get(table, {}).items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise InputError(
                    where,
                    f'[{table}] "{canonical}" must be a list of names, like "{canonical}" = ["Other Name"]',
                    _line_of(text, canonical),
                )
            for name in names:
                if table == "merge":
                    rules.merge[name_key(name)] = canonical
                else:
                    rules.never.add(frozenset((name_key(canonical), name_key(name))))
            if table == "merge":
                rules.merge[name_key(canonical)] = canonical
    return rules


@lru_cache(maxsize=1)
def known_aliases() -> AliasRules:
    """The other names of well-known actors built into both resolvers
    (``graph/data/known_aliases.toml``, in the alias file's format).

    >>> known_aliases().merge[name_key("ISIL")], known_aliases().merge[name_key("Group of Seven")]
    ('Islamic State', 'G7')
    """
    with resources.as_file(resources.files("graph.data").joinpath("known_aliases.toml")) as path:
        return load_alias_file(path, shown="graph/data/known_aliases.toml")


def with_known_aliases(rules: AliasRules | None) -> AliasRules:
    """The built-in :func:`known_aliases` with an analysts' alias file read on top: their [merge]
    of a name wins, and their [never] pairs keep names apart whatever the built-in list says."""
    base = known_aliases()
    if rules is None:
        return base
    merge = {
        key: canonical
        for key, canonical in base.merge.items()
        if frozenset((key, name_key(canonical))) not in rules.never
    }
    return AliasRules(merge={**merge, **rules.merge}, never=base.never | rules.never)


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if key in line:
            return number
    return None
