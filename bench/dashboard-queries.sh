#!/usr/bin/env bash
# Dashboard query benchmark: a year of daily rollups for POSTS posts (default 10,000), then the
# dashboard's summary for 7, 30 and 365 days, timed over HTTP. Usage: bench/dashboard-queries.sh [POSTS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
posts="${1:-10000}"
work="$(mktemp -d)"
port=18082
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$here/colophon" --version >/dev/null
java -cp "$here/generator/target/colophon.jar" "$here/bench/DashboardSeed.java" "$work/d.db" "$posts"
COLOPHON_ADMIN_TOKEN=bench-token-0123456789 java -jar "$here/generator/target/colophon.jar" comments serve \
  --port $port --db "$work/d.db" --origins http://localhost >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
for days in 7 30 365; do
  for round in 1 2 3 4 5 6; do
    curl -sf -o /dev/null -w "%{time_total}\n" -H 'Authorization: Bearer bench-token-0123456789' \
      "http://127.0.0.1:$port/api/v1/admin/stats?days=$days"
  done | tail -5 | sort -n | awk -v d="$days" '{t[NR]=$1} END {printf "summary for %s days: median %.0f ms, max %.0f ms (of 5 after a warm-up)\n", d, t[3]*1000, t[5]*1000}'
done
