"""``newsgraph bench NAME``: the benchmarks in :mod:`graph.bench`."""

from __future__ import annotations

import importlib

from graph.bench import BENCHMARKS


def register(subparsers) -> None:
    parser = subparsers.add_parser("bench", help="measure speed against a baseline run in the same process")
    bench_sub = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK", required=True)
    for name in BENCHMARKS:
        importlib.import_module(f"graph.bench.{name}").register(bench_sub)
