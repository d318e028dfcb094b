#!/usr/bin/env bash
# Search benchmark. Run under the heavy lock: flock /tmp/colophon-heavy.lock bench/search.sh [BLOG_DIR]
#  1. budgets on the 10,000-post synthetic corpus: cold build with and without the index (alternated),
#     index files and size, client size, bytes fetched on page load, for the first and later queries,
#     and query time in headless Chromium;
#  2. quality beside Pagefind on a real blog: BLOG_DIR is a clone of a notes repository whose Markdown
#     files start with a '# Title' line (e.g. simonw/til); it is built by Colophon, indexed by Pagefind
#     (post bodies only), and queried by both engines with the same derived queries (bench/search/queries.py).
# COMPARE=DIR (a checkout of another version, e.g. main before a change, its jar built): its cold builds
# alternate with these in the same run, and its index is measured beside this one's, side by side.
# ROUNDS=N: rounds of cold builds (default 2).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/colophon-bench-search}"
blog="${1:-}"
mkdir -p "$work"
if [ ! -d "$work/node/node_modules/puppeteer-core" ]; then
  mkdir -p "$work/node" && (cd "$work/node" && npm init -y >/dev/null && npm install --no-audit --no-fund puppeteer-core@25.16.0 pagefind@1.6.0 >/dev/null)
fi
ln -sfn "$work/node/node_modules" "$here/bench/search/node_modules"
"$here/colophon" --version >/dev/null
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(chromium --version 2>/dev/null)"

if [ -n "$blog" ]; then
  rm -rf "$work/blog" && mkdir -p "$work/blog"
  python3 "$here/bench/search/til-site.py" "$blog" "$work/blog/site"
  # a post Colophon refuses (it names it) is left out, and reported here
  for attempt in 1 2 3; do
    if "$here/colophon" build --source "$work/blog/site" --output "$work/blog/out" --no-cache > "$work/blog/build.log" 2>&1; then break; fi
    grep -o '^error: posts/[^:]*' "$work/blog/build.log" | sed 's/^error: //' | while read -r post; do
      echo "left out (the build refused it): $post"; rm -f "$work/blog/site/$post"; done
  done
  tail -1 "$work/blog/build.log"
  python3 "$here/bench/search/queries.py" "$work/blog/site" > "$work/blog/queries.json"
  # Pagefind indexes the post bodies only, as its docs advise, and nothing else of the theme
  find "$work/blog/out/posts" -name index.html -exec sed -i 's/<article class="post">/<article class="post" data-pagefind-body>/' {} +
  /usr/bin/time -f "pagefind: %e s wall" "$work/node/node_modules/.bin/pagefind" --site "$work/blog/out" --silent 2>&1 | tail -1
  echo "Pagefind index: $(find "$work/blog/out/pagefind" -type f | wc -l) files, $(du -s --apparent-size --block-size=1K "$work/blog/out/pagefind" | cut -f1) KB;" \
    "Colophon index: $(find "$work/blog/out/search" -type f | wc -l) files, $(du -s --apparent-size --block-size=1K "$work/blog/out/search" | cut -f1) KB"
  node "$here/bench/search/quality.mjs" "$work/blog/out" "$work/blog/queries.json"
fi

corpus="$work/corpus"
if [ ! -f "$corpus/site.yml" ]; then
  # the shared generator sits beside the main checkout (../shared) or, from a worktree under wt/, one level up
  gen="$here/../shared/bench/gen-corpus"; [ -f "$gen" ] || gen="$here/../../shared/bench/gen-corpus"
  python3 "$gen" --count 10000 --out "$corpus" --format yaml >/dev/null
  printf 'title: Bench\nbase_url: https://bench.example/\n' > "$corpus/site.yml"
fi
cold() { # $1 = launcher, $2 = true|false: search on or off, $3 = output; prints wall and CPU seconds, then the index's CPU ms
  sed -i '/^search:/d' "$corpus/site.yml"; echo "search: $2" >> "$corpus/site.yml"
  rm -rf "$3"
  # the index's own CPU, measured inside the build (PhaseTimings): whole builds drift by a third here
  COLOPHON_JAVA_OPTS="${COLOPHON_JAVA_OPTS:-} -Dcolophon.timings=true" /usr/bin/time -f "%e %U %S" "$1" build --source "$corpus" \
    --output "$3" --no-cache 2>"$3.err" >/dev/null || { cat "$3.err"; return 1; }
  echo "$(tail -1 "$3.err") $(sed -n 's/^timings: search index \([0-9]*\) ms CPU.*/\1/p' "$3.err" | grep . || echo n/a)"
}
versions=("this:$here")
if [ -n "${COMPARE:-}" ]; then versions+=("compared:$COMPARE"); fi
for round in $(seq 1 "${ROUNDS:-2}"); do
  for version in "${versions[@]}"; do
    for mode in false true; do
      name="${version%%:*}"; dir="${version#*:}"
      read -r wall user sys index < <(cold "$dir/colophon" "$mode" "$work/out-$name-$mode")
      echo "cold build ($name), search $mode, round $round: $wall s wall, $(echo "$user + $sys" | bc) s CPU (user $user, sys $sys), index $index ms CPU, load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
for version in "${versions[@]}"; do
  name="${version%%:*}"; out="$work/out-$name-true"
  echo "== $name: index $(find "$out/search" -type f | wc -l) files, $(du -s --apparent-size --block-size=1K "$out/search" | cut -f1) KB, $(find "$out/search" -type f -name '*.js' -exec gzip -6c {} \; | wc -c | awk '{printf "%.0f", $1/1024}') KB gzipped; site $(find "$out" -type f | wc -l) files"
  node "$here/bench/search/budgets.mjs" "$out" "thread cache" "garbage collector" "query planner" "latency" "socket buffer" \
    "migration rollback" "replica" "unicode charset" "benchmark profile" "closure"
done
