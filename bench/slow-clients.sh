#!/usr/bin/env bash
# Soak: 1,000 slow-body connections (headers, then a byte every 5 s, never a whole body) held open
# while wrk reads a 100-comment thread beside them; the thread's p99 shows whether workers stay free.
# Usage: flock /tmp/colophon-heavy.lock bench/slow-clients.sh [seconds] [connections]   (needs wrk)
# Loopback only, bounded: at most the given seconds (default 30) and connections (default 1000).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-30}"
conns="${2:-1000}"
[ "$conns" -le 5000 ] || { echo "at most 5000 connections" >&2; exit 2; }
port=18082
work="$(mktemp -d)"
trap 'kill $pid ${slow:-} 2>/dev/null || true; rm -rf "$work"' EXIT
ulimit -n 16384

"$here/colophon" --version >/dev/null
COLOPHON_ADMIN_TOKEN=bench-token-0123456789 COLOPHON_POSTS_PER_MINUTE=0 COLOPHON_MODERATION=post \
  java -jar "$here/generator/target/colophon.jar" comments serve \
  --port $port --db "$work/bench.db" --origins http://localhost >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
for i in $(seq 100); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/api/v1/comments" -H 'Content-Type: application/json' \
    -d "{\"page\":\"/bench/read/\",\"body\":\"Comment $i with **Markdown**.\",\"author\":\"Reader $i\"}"
done
url="http://127.0.0.1:$port/api/v1/comments?page=/bench/read/"
wrk -t2 -c16 -d5s "$url" >/dev/null # warm-up

echo "== baseline: read the thread (${secs}s, 2 threads, 32 connections), no slow clients"
wrk -t2 -c32 -d"${secs}s" --latency "$url" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx|Socket errors"

echo "== the same read beside $conns slow-body connections"
python3 "$here/bench/slow-clients.py" $port "$conns" $((secs + 10)) > "$work/slow.log" 2>&1 &
slow=$!
sleep 5
head -1 "$work/slow.log"
wrk -t2 -c32 -d"${secs}s" --latency "$url" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx|Socket errors"
/usr/bin/time -f "health: %e s" curl -sf "http://127.0.0.1:$port/health"; echo
wait $slow || true
tail -1 "$work/slow.log"
echo "server log lines: $(wc -l < "$work/server.log"), stack trace lines: $(grep -c '^\s*at ' "$work/server.log" || true)"
