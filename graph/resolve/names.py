"""Names as the resolvers compare them: diacritics folded, case, "the", dots and possessives
ignored. Read by the resolver inside an article, the one across articles and the alias files."""

from __future__ import annotations

import re
import unicodedata

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
