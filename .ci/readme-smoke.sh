#!/usr/bin/env bash
# Runs the README's commands on a clean clone, as a new user would, after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
trap 'echo "readme smoke failed at line $LINENO: $BASH_COMMAND (exit $?)" >&2; [ -f "$tmp/serve.log" ] && cat "$tmp/serve.log" >&2' ERR

./colophon build
test -f content/public/posts/hello-colophon/index.html
./colophon init "$tmp/my-blog"
./colophon new post "Hello, world" --source "$tmp/my-blog"
./colophon build --source "$tmp/my-blog" --drafts
test -f "$tmp/my-blog/public/posts/hello-world/index.html"

# The admin password is shown once, on the first serve of a site (as the README says).
first_serve=true
[ -f content/.colophon/admin-password.hash ] && first_serve=false
./colophon serve --port 18765 > "$tmp/serve.log" 2>&1 &
pid=$!
# Ready once it says so (after the admin password) and answers.
for _ in $(seq 120); do grep -q "Watching" "$tmp/serve.log" && curl -sf http://localhost:18765/ >/dev/null && break; sleep 0.5; done
# Whole responses first: `curl | grep -q` fails under pipefail when grep stops reading early (curl exits 23).
page="$(curl -sf http://localhost:18765/posts/hello-colophon/)"
grep -q 'data-colophon-thread' <<< "$page"
thread="$(curl -sf "http://localhost:18765/api/v1/comments?page=/posts/hello-colophon/")"
grep -q '"total"' <<< "$thread"
if $first_serve; then grep -q "Admin password" "$tmp/serve.log"; fi
echo "readme smoke: build, init, new, build --drafts and serve all work"
