#!/usr/bin/env bash
# The product on the sample article: set everything up, start the local Neo4j, ingest seeds/,
# and open the explorer in the browser. Run it again any time: nothing is done twice.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/newsgraph neo4j start
.venv/bin/newsgraph ingest seeds/
exec .venv/bin/newsgraph app "$@"
