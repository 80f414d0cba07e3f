"""The extractor's version: which rules and word lists read an article.

Every extraction record and every stored article carries it, so ``newsgraph reextract --stale`` can
find the articles an improved extractor would read differently. It is the package version plus a
short hash of the extractor's own source (``graph/extract/``, and ``graph/resolve/within.py`` with
the ``names`` and ``aliases`` modules it reads, the stage that merges names inside an article) and
of its word lists (``graph/data/``), computed once per process. The spaCy model's name and version
go in too: a new model reads differently as well.

>>> version = extractor_version()
>>> version.startswith("newsgraph ") and len(version.rsplit("+", 1)[1]) == 12
True
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from graph import __version__

PACKAGE = Path(__file__).resolve().parents[1]


def _sources() -> list[Path]:
    """The files whose content decides what the extractor reads, in a fixed order."""
    resolve = [PACKAGE / "resolve" / name for name in ("within.py", "names.py", "aliases.py")]
    found = sorted((PACKAGE / "extract").rglob("*.py")) + resolve
    found += sorted(p for p in (PACKAGE / "data").rglob("*") if p.is_file() and p.suffix != ".pyc")
    return [p for p in found if "__pycache__" not in p.parts]


def _model_version() -> str:
    from graph.extract.language import MODEL_NAME

    try:
        return f"{MODEL_NAME}=={metadata.version(MODEL_NAME.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        return MODEL_NAME


def extractor_version() -> str:
    """``newsgraph 0.1.0+<12 hex digits>``: the package version and a hash of the rules, word lists
    and model name (computed once per process); ``, unlikely actors kept`` after it when the run
    keeps the actors the confidence stage would leave out (``--keep-unlikely-actors``), since that
    reading differs from the default one and ``reextract --stale`` must tell them apart."""
    from graph.extract.confidence import keeps_unlikely_actors

    return _rules_version() + (KEPT_SUFFIX if keeps_unlikely_actors() else "")


#: What a version read with ``--keep-unlikely-actors`` ends with.
KEPT_SUFFIX = ", unlikely actors kept"


@lru_cache(maxsize=1)
def _rules_version() -> str:
    digest = hashlib.sha256(_model_version().encode())
    for path in _sources():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return f"newsgraph {__version__}+{digest.hexdigest()[:12]}"
