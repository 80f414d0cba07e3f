#!/usr/bin/env bash
# The product on real news: set everything up, start the local Neo4j, ingest seeds/ and the bundled
# corpus (295 Wikinews articles, a few minutes the first time), and open the explorer in the browser.
# Run it again any time: nothing is done twice (stored articles are skipped before they are parsed).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/newsgraph neo4j start
# A failed article is reported and costs only itself (exit 1): the explorer opens on the rest. A
# stopped run (Neo4j gone, Ctrl+C) stops here; running ./run.sh again resumes where it stopped.
status=0
.venv/bin/newsgraph ingest seeds/ corpus/ || status=$?
if [ "$status" -eq 1 ]; then
  echo "==> some articles were not stored (see above); the explorer opens on the rest"
elif [ "$status" -ne 0 ]; then
  exit "$status"
fi
port=${NEWSGRAPH_APP_PORT:-8501}
# Open the browser where there is a screen to open it on (the app itself runs headless).
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  (sleep 4; .venv/bin/python -m webbrowser -t "http://localhost:$port" >/dev/null 2>&1 || true) &
fi
echo "==> the explorer: http://localhost:$port"
exec .venv/bin/newsgraph app --port "$port" "$@"
