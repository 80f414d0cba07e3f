"""An article's text as HTML for reading: actor mentions tinted by kind, statements underlined.

Everything from the data is HTML-escaped; the page shows the result with ``st.html``.

>>> html = highlight("Xi met <b>Trump</b>.", [{"name": "Xi", "kind": "Person"}], [])
>>> html.startswith('<span class="ng-actor" title="Xi (Person)"'), "&lt;b&gt;Trump&lt;/b&gt;" in html
(True, True)
"""

from __future__ import annotations

import html
import re

from graph.view.style import KIND_STYLES, UNKNOWN_STYLE


def highlight(text: str, actors: list[dict], statements: list[dict], offset: int = 0) -> str:
    """``text`` as HTML: actor mentions tinted by kind, statements underlined, all escaped.

    ``text`` may be one part of a longer article starting at character ``offset``: a statement not
    found by its words is placed by its stored ``start``/``end``, which count from the article's start.
    """
    kind_at = [None] * len(text)
    name_at = [None] * len(text)
    quote_at = [None] * len(text)
    for s in statements:
        needle = (s.get("text") or "").strip()
        start = text.find(needle) if needle else -1
        if start >= 0:
            end = start + len(needle)
        elif s.get("end"):
            start, end = int(s.get("start") or 0) - offset, int(s["end"]) - offset
        else:
            continue
        if end > 0 and start < len(text):
            speaker = s.get("speaker") or "speaker unknown"
            label = f"{'quote' if s.get('kind') == 'direct' else 'reported'}: {speaker}"
            for i in range(max(0, start), min(end, len(text))):
                quote_at[i] = label
    forms = []
    for actor in actors:
        for form in {actor.get("name") or "", *(actor.get("aliases") or [])}:
            if len(form) > 1:
                forms.append((form, actor))
    for form, actor in sorted(forms, key=lambda f: -len(f[0])):  # longest names first
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(kind_at[i] for i in range(match.start(), match.end())):
                continue
            for i in range(match.start(), match.end()):
                kind_at[i], name_at[i] = actor.get("kind"), actor.get("name")
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and (kind_at[j], name_at[j], quote_at[j]) == (
            kind_at[i],
            name_at[i],
            quote_at[i],
        ):
            j += 1
        chunk = html.escape(text[i:j]).replace("\n", "<br>")
        if name_at[i]:
            color = KIND_STYLES.get(kind_at[i] or "", UNKNOWN_STYLE).color
            title = html.escape(f"{name_at[i]} ({kind_at[i]})")
            chunk = (
                f'<span class="ng-actor" title="{title}" style="background:{color}33;'
                f'border-bottom:2px solid {color}">{chunk}</span>'
            )
        if quote_at[i]:
            chunk = f'<span class="ng-quote" title="{html.escape(quote_at[i])}">{chunk}</span>'
        out.append(chunk)
        i = j
    return "".join(out)


def kind_key(kinds: list[str]) -> str:
    """The colour key above the text: one swatch per actor kind present, and the statement mark.

    >>> "Person</span>" in kind_key(["Person"])
    True
    """
    key = "".join(
        f'<span><span style="background:{KIND_STYLES.get(k, UNKNOWN_STYLE).color}55;'
        f'padding:0 6px;border-radius:3px">{html.escape(k)}</span></span>'
        for k in kinds
    )
    return key + '<span class="ng-quote">quote or reported statement</span>'
