"""Text from the data, made safe for the places that render Markdown: the one escaping helper.

Titles, sources, actor names, speakers and quotes come from articles anyone can write. Streamlit
renders Markdown in ``st.markdown``, headers, captions, alerts and widget labels (images included:
a title ``![x](http://host/pixel)`` would make the browser fetch that image), and the Markdown
report is read by other renderers. :func:`markdown_text` makes any value show literally there;
:func:`safe_url` keeps only web links that may be written as a link.

>>> print(markdown_text("![x](http://203.0.113.9/pixel) <img src=x> $5 :red[a]"))
\\!\\[x\\]\\(http\\://203\\.0\\.113\\.9/pixel\\) \\<img src\\=x\\> \\$5 \\:red\\[a\\]
>>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a?b=1")
(True, 'https://example.org/a?b=1')
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: ASCII punctuation that starts or closes Markdown (CommonMark, GitHub's extensions, Streamlit's
#: ``:color[..]``, ``:emoji:`` and ``$`` LaTeX), raw HTML (``<`` ``>``) or character references
#: (``&``). CommonMark lets any ASCII punctuation be backslash-escaped and shows it as written.
MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|$~:&=")

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def markdown_text(value: object) -> str:
    """``value`` as Markdown that shows exactly its text: every mark backslash-escaped, line breaks
    made spaces (so a value never opens a heading, list, quote or code block). ``None`` is ``""``.

    >>> print(markdown_text("*Trump's* [deal](javascript:x)\\n# 1. no heading"))
    \\*Trump's\\* \\[deal\\]\\(javascript\\:x\\) \\# 1\\. no heading
    >>> markdown_text(None), markdown_text(3.5)
    ('', '3\\\\.5')
    """
    text = _LINE_BREAK.sub(" ", "" if value is None else str(value))
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in text)


def safe_url(value: object) -> str | None:
    """``value`` when it is an ``http``/``https`` URL with a host and nothing that could end a link
    (white space, control characters, quotes, angle brackets); otherwise None, to be shown as text.

    >>> [safe_url(u) for u in ("http://a.example/x", "data:text/html,hi", "//a.example", "http://a b")]
    ['http://a.example/x', None, None, None]
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 or c in "<>\"'`\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
