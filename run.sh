#!/usr/bin/env bash
# The product on the sample article: set everything up, start the local Neo4j, ingest seeds/,
# and open the explorer in the browser. Run it again any time: nothing is done twice.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/newsgraph neo4j start
.venv/bin/newsgraph ingest seeds/
port=${NEWSGRAPH_APP_PORT:-8501}
# Open the browser where there is a screen to open it on (the app itself runs headless).
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  (sleep 4; .venv/bin/python -m webbrowser -t "http://localhost:$port" >/dev/null 2>&1 || true) &
fi
echo "==> the explorer: http://localhost:$port"
exec .venv/bin/newsgraph app --port "$port" "$@"
