#!/usr/bin/env bash
# Comment server benchmark: a 100-comment thread read, and posting, with wrk on loopback.
# Usage: bench/comments-server.sh [seconds] [database]   (needs wrk: apt-get install wrk)
# POST_WARMUP: seconds of posting before the posting run is measured (default 20).
# COLOPHON_JAR: the jar to serve from (default generator/target/colophon.jar), to alternate two builds;
# JAVA_OPTS: options for the server's JVM (default: the collector ./colophon starts the server with;
# JAVA_OPTS= gives the JVM's own default, G1).
# database: a SQLite file (default: a new one) or the JDBC URL of an empty PostgreSQL database.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-15}"
port=18081
work="$(mktemp -d)"
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

jar="${COLOPHON_JAR:-$here/generator/target/colophon.jar}"
[ -n "${COLOPHON_JAR:-}" ] || "$here/colophon" --version >/dev/null
COLOPHON_ADMIN_TOKEN=bench-token-0123456789 COLOPHON_POSTS_PER_MINUTE=0 COLOPHON_VOTES_PER_MINUTE=0 COLOPHON_VIEWS_PER_MINUTE=0 \
  COLOPHON_MODERATION=post java ${JAVA_OPTS--XX:+UseParallelGC} -jar "$jar" comments serve \
  --port $port --db "${2:-$work/bench.db}" --origins http://localhost >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

parent=""
for i in $(seq 100); do
  if [ $((i % 3)) -eq 0 ] && [ -n "$parent" ]; then p=$parent; else p=null; fi
  id=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/comments" -H 'Content-Type: application/json' \
    -d "{\"page\":\"/bench/read/\",\"body\":\"Comment $i: some **Markdown** text, a [link](https://example.com) and \`code\`.\",\"author\":\"Reader $i\",\"parent\":$p}" \
    | sed 's/.*"id":\([0-9]*\).*/\1/')
  parent=$id
done
total=$(curl -sf "http://127.0.0.1:$port/api/v1/comments?page=/bench/read/" | sed 's/.*"total":\([0-9]*\).*/\1/')
echo "seeded thread: $total comments"

echo "== warm-up"; wrk -t2 -c32 -d5s "http://127.0.0.1:$port/api/v1/comments?page=/bench/read/" >/dev/null
echo "== read a 100-comment thread (${secs}s, 2 threads, 64 connections)"
wrk -t2 -c64 -d"${secs}s" --latency "http://127.0.0.1:$port/api/v1/comments?page=/bench/read/"
# The JIT compiles the posting path for tens of seconds after a start; without a warm-up the 10-s run
# below measured mostly that (docs/benchmarks.md, session 9). Posted to another page, not counted.
warm="${POST_WARMUP:-20}"
echo "== warm-up: post comments for ${warm}s to /bench/warm/ (not counted)"
POST_PAGE=/bench/warm/ wrk -t2 -c16 -d"${warm}s" -s "$here/bench/post.lua" "http://127.0.0.1:$port" | grep "Requests/sec" || true
echo "== post comments (${secs}s, 2 threads, 16 connections)"
python3 "$here/bench/threads-cpu.py" snap $pid >"$work/cpu-before.json"
wrk -t2 -c16 -d"${secs}s" --latency -s "$here/bench/post.lua" "http://127.0.0.1:$port"
python3 "$here/bench/threads-cpu.py" snap $pid >"$work/cpu-after.json"
stored=$(curl -sf "http://127.0.0.1:$port/api/v1/comments?page=/bench/post/&limit=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
echo "posted comments stored: $stored"
python3 "$here/bench/threads-cpu.py" diff "$work/cpu-before.json" "$work/cpu-after.json" "$stored"
echo "== view beacons (${secs}s, 2 threads, 64 connections)"
wrk -t2 -c64 -d"${secs}s" --latency -s "$here/bench/beacons.lua" "http://127.0.0.1:$port" | tee "$work/beacons.txt"
sent=$(awk '/requests in/ {print $1}' "$work/beacons.txt")
sleep 6   # one flush interval
counted=$(curl -sf -H 'Authorization: Bearer bench-token-0123456789' "http://127.0.0.1:$port/api/v1/admin/stats?days=7" | sed 's/^{"days":7,"granularity":"day","views":\([0-9]*\).*/\1/')
echo "beacons sent: $sent, views counted: $counted"
