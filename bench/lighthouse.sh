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
out="$(realpath -m "${LIGHTHOUSE_OUT:-target/lighthouse}")" # one JSON report per page, kept for a look at what cost points
mkdir -p "$out"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

cp -r content "$tmp/site"
rm -rf "$tmp/site/public" "$tmp/site/.colophon"
sed -i "s#^comments_url: .*#comments_url: http://127.0.0.1:$comments_port#" "$tmp/site/site.yml"
./colophon build --source "$tmp/site" --output "$tmp/public" --base-url "http://127.0.0.1:$site_port/" > /dev/null
COLOPHON_ADMIN_TOKEN=bench-token-0123456789abcdef ./colophon comments serve --port "$comments_port" --db "$tmp/comments.db" \
  --origins "http://127.0.0.1:$site_port" --moderation post > "$tmp/comments.log" 2>&1 &
python3 bench/static-server.py "$tmp/public" "$site_port" > /dev/null 2>&1 & # gzip, as static hosts serve
for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$comments_port/health" > /dev/null && curl -sf "http://127.0.0.1:$site_port/" > /dev/null && break
  sleep 0.5
done
curl -sf -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$comments_port/api/v1/comments" \
  -d '{"page":"/posts/hello-colophon/","author":"Ada","body":"A comment, so that the thread is not empty."}' > /dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | benchmark index"
runs="${LIGHTHOUSE_RUNS:-3}" # Lighthouse's own advice for its variance: several runs, the median
for page in / /posts/hello-colophon/ /posts/markdown-tour/ /tags/colophon/ /archive/ /about/; do
  name="$(echo "$page" | tr -c 'a-z0-9\n' '-' | sed 's/^-*$/home/; s/^-//; s/-$//')"
  for run in $(seq "$runs"); do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$site_port$page" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$tmp/run-$run.json" > /dev/null 2>&1 \
      || echo "$page | run $run: lighthouse failed"
  done
  median="$(node -e 'const runs = process.argv.slice(1).filter(f => require("fs").existsSync(f))
    .map(f => [require(f).categories.performance.score, f]).sort((a, b) => a[0] - b[0]);
    console.log(runs.length ? runs[Math.floor((runs.length - 1) / 2)][1] : "")' $(seq -f "$tmp/run-%g.json" "$runs"))"
  [ -n "$median" ] || continue
  echo "$page performance per run: $(node -e 'console.log(process.argv.slice(1).filter(f => require("fs").existsSync(f))
    .map(f => Math.round(require(f).categories.performance.score * 100)).join(" "))' $(seq -f "$tmp/run-%g.json" "$runs"))"
  cp "$median" "$out/$name.json"
  node -e 'const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const metric = id => a[id] ? a[id].displayValue.replace(/\s/g, " ") : "?";
    console.log(process.argv[2] + " | " + ["performance", "accessibility", "best-practices", "seo"]
      .map(k => Math.round(c[k].score * 100)).concat(["first-contentful-paint", "largest-contentful-paint",
        "total-blocking-time", "cumulative-layout-shift", "speed-index"].map(metric))
      .concat([r.environment.benchmarkIndex]).join(" | ")); // the CPU speed Lighthouse measured: lower on a loaded machine
    for (const x of Object.values(a)) if (x.score !== null && x.score < 1 && x.scoreDisplayMode !== "informative"
      && x.scoreDisplayMode !== "manual" && x.scoreDisplayMode !== "notApplicable") console.log("   - " + x.id + (x.displayValue ? " (" + x.displayValue + ")" : ""));' \
    "$out/$name.json" "$page (median of $runs)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
