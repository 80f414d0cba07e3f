"""Benchmarks behind ``newsgraph bench NAME``: each measures newsgraph against a baseline run in the
same process on the same data, and reports the ratio (figures, never pass/fail timings).

Each module listed in :data:`BENCHMARKS` has ``register(subparsers)`` adding its own sub-command.
"""

BENCHMARKS = [
    "ingest",
    "extract",
    "browser",
]
