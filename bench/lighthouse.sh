#!/usr/bin/env bash
# Lighthouse (mobile profile) on each page type of the sample site: built with comments on, served
# statically beside a comment server on loopback, as a reader meets it. Prints one line of the four
# scores per page; record them in docs/benchmarks.md. Run it under the heavy lock:
#   flock /tmp/colophon-heavy.lock bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${COLOPHON_TOOLS:-$HOME/.cache/colophon-tools}"
[ -x "$tools/node_modules/.bin/lighthouse" ] || npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@12.8.2
site_port=18791 comments_port=18792
tmp="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

cp -r content "$tmp/site"
rm -rf "$tmp/site/public" "$tmp/site/.colophon"
sed -i "s#^comments_url: .*#comments_url: http://127.0.0.1:$comments_port#" "$tmp/site/site.yml"
./colophon build --source "$tmp/site" --output "$tmp/public" --base-url "http://127.0.0.1:$site_port/" > /dev/null
COLOPHON_ADMIN_TOKEN=bench-token-0123456789abcdef ./colophon comments serve --port "$comments_port" --db "$tmp/comments.db" \
  --origins "http://127.0.0.1:$site_port" --moderation post > "$tmp/comments.log" 2>&1 &
(cd "$tmp/public" && exec python3 -m http.server "$site_port" --bind 127.0.0.1 > /dev/null 2>&1) &
for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$comments_port/health" > /dev/null && curl -sf "http://127.0.0.1:$site_port/" > /dev/null && break
  sleep 0.5
done
curl -sf -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$comments_port/api/v1/comments" \
  -d '{"page":"/posts/hello-colophon/","author":"Ada","body":"A comment, so that the thread is not empty."}' > /dev/null

echo "page | performance | accessibility | best practices | SEO"
for page in / /posts/hello-colophon/ /posts/markdown-tour/ /tags/colophon/ /archive/ /about/; do
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$site_port$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$tmp/report.json" > /dev/null 2>&1 \
    || { echo "$page | lighthouse failed"; continue; }
  node -e 'const r = require(process.argv[1]); const c = r.categories;
    console.log(process.argv[2] + " | " + ["performance", "accessibility", "best-practices", "seo"]
      .map(k => Math.round(c[k].score * 100)).join(" | "));
    for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log("   - " + a.id);' \
    "$tmp/report.json" "$page"
done
