#!/usr/bin/env bash
# Runs the README's commands on a clean clone, as a new user would, after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

./colophon build
test -f content/public/posts/hello-colophon/index.html
./colophon init "$tmp/my-blog"
./colophon new post "Hello, world" --source "$tmp/my-blog"
./colophon build --source "$tmp/my-blog" --drafts
test -f "$tmp/my-blog/public/posts/hello-world/index.html"

./colophon serve --port 18765 > "$tmp/serve.log" 2>&1 &
pid=$!
for _ in $(seq 120); do curl -sf http://localhost:18765/ >/dev/null && break; sleep 0.5; done
curl -sf http://localhost:18765/posts/hello-colophon/ | grep -q 'data-colophon-thread'
curl -sf "http://localhost:18765/api/v1/comments?page=/posts/hello-colophon/" | grep -q '"total"'
grep -q "Admin password" "$tmp/serve.log"
echo "readme smoke: build, init, new, build --drafts and serve all work"
