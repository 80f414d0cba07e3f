"""Where headless Chromium is and how newsgraph starts it (PDF reports, browser tests, benchmarks).

The flags keep it off the network: without the background-networking ones Chromium phones home at
every start, which an analyst's machine must not do and a closed network refuses.

>>> "--disable-background-networking" in CHROMIUM_ARGS
True
"""

from __future__ import annotations

import os
import shutil

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

#: Flags for every headless start (Playwright's ``launch(args=...)`` or a command line).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """The browser to use: ``NEWSGRAPH_CHROMIUM``, then the usual Debian paths, then ``PATH``."""
    for candidate in (os.environ.get("NEWSGRAPH_CHROMIUM"), *CHROMIUM_CANDIDATES):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")
