"""Names as the resolvers compare them: diacritics folded, case, "the", dots and possessives
ignored; and what a name's first word says of its bearer (a given name, borne mostly by women or by
men). Read by the actor stage, the resolver inside an article, the one across articles and the alias
files."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

#: Letters NFKD does not take apart into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"}
)


def fold(text: str) -> str:
    """``text`` without diacritics: the same name in an article is written both ways ("Erdoğan" and
    "Erdogan", "Łukasz" and "Lukasz").

    >>> fold("Recep Tayyip Erdoğan"), fold("Łukasz Kowalczyk")
    ('Recep Tayyip Erdogan', 'Lukasz Kowalczyk')
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The form two mentions must share to be the same name (diacritics ignored).

    >>> name_key("The U.S."), name_key("Trump's"), name_key("Erdoğan")
    ('us', 'trump', 'erdogan')
    """
    text = fold(text).replace("\u2019", "'").strip()
    text = re.sub(r"^(?i:the)\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"[^\w]+", " ", text.replace(".", "")).strip().casefold()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, lower case, diacritics folded: the common ones of ``graph/data/given_names.txt``,
    those from everywhere of ``given_names_ssa.txt`` and ``given_names_world.txt`` (see their headers).

    >>> "ricardo" in given_names(), "mamadou" in given_names(), "paulo" in given_names()
    (True, True, True)
    >>> "reservation" in given_names()
    False
    """
    names: set[str] = set()
    for file in ("given_names.txt", "given_names_ssa.txt", "given_names_world.txt"):
        text = resources.files("graph.data").joinpath(file).read_text("utf-8")
        names.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    names.update([fold(name) for name in names])  # "joão" is looked up as "joao" too
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name, in any case and with or without its accents: the one
    lookup every rule uses, so that "Renée" and "Renee", "JOÃO" and "João" answer alike.

    >>> is_given_name("Renée"), is_given_name("JOÃO"), is_given_name("Łukasz"), is_given_name("Table")
    (True, True, True, False)
    """
    return fold(word).casefold().strip() in given_names()


@lru_cache(maxsize=1)
def _given_name_sexes() -> dict[str, str]:
    sexes: dict[str, str] = {}
    # (read last, the US records win: the world list only adds names they lack)
    for file in ("given_name_sexes_world.tsv", "given_name_sexes.tsv"):
        text = resources.files("graph.data").joinpath(file).read_text("utf-8")
        rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
        sexes.update({name: sex.strip().lower() for name, sex in rows})
    return sexes


def given_name_sex(name: str) -> str | None:
    """ "f" or "m" when nearly everyone given the first word of ``name`` is a woman or a man
    (``graph/data/given_name_sexes.tsv``, US records, and ``given_name_sexes_world.tsv``, names from
    elsewhere: a weak sign, see their headers), else None.

    >>> given_name_sex("Marta Lind"), given_name_sex("Karl Jensen"), given_name_sex("Kim Lee")
    ('f', 'm', None)
    >>> given_name_sex("Femke Oosterhuis"), given_name_sex("Tadeusz Nowak")
    ('f', 'm')
    """
    words = name.split()
    return _given_name_sexes().get(words[0].lower()) if len(words) > 1 else None


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Names of the world's towns and cities of 50,000 people or more (``graph/data/cities.txt``).

    >>> "Odense" in cities(), "Nordvale" in cities()
    (True, False)
    """
    text = resources.files("graph.data").joinpath("cities.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
