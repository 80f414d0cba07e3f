"""``python -m graph`` is the ``newsgraph`` command."""

import sys

from graph.cli import main

sys.exit(main())
