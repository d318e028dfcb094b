#!/usr/bin/env bash
# Generator benchmark: Colophon and Hugo side by side on the same synthetic posts, cold and warm.
# Usage: bench/generator.sh [COUNT]   (default 10000; needs Debian's hugo for the comparison)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
work="${BENCH_DIR:-/tmp/colophon-bench-$count}"
gen="$here/../shared/bench/gen-corpus"

"$here/colophon" --version >/dev/null
if [ ! -f "$work/site/site.yml" ]; then
  rm -rf "$work" && mkdir -p "$work/site"
  python3 "$gen" --count "$count" --out "$work/site" --format yaml
  printf 'title: Bench\nbase_url: https://bench.example/\n' > "$work/site/site.yml"
fi
measure() { /usr/bin/time -f "%e s wall, %M KB peak RSS" "$@" 2>&1 | tail -2; }
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib"
settle() { "$here/bench/settle.sh" "$work/site" "$here/generator/target/colophon.jar" "$jdk" "$@"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for round in 1 2; do
  rm -rf "$work/site/.colophon" "$work/out"
  settle
  echo "== Colophon cold build, round $round"
  measure "$here/colophon" build --source "$work/site" --output "$work/out"
  if command -v hugo >/dev/null; then
    rm -rf "$work/hugo" && mkdir -p "$work/hugo/content" && cp -r "$work/site/blog" "$work/hugo/content/"
    cp -r "$here/bench/hugo-layouts" "$work/hugo/layouts"
    rm -rf "$work/hugo-out"
    printf 'baseURL = "https://bench.example/"\ntitle = "Bench"\n[taxonomies]\ntag = "tags"\n[markup.highlight]\nnoClasses = false\n' > "$work/hugo/config.toml"
    settle "$work/hugo" "$(command -v hugo)"
    echo "== Hugo $(hugo version | awk '{print $2}') cold build, round $round"
    measure hugo --quiet -s "$work/hugo" -d "$work/hugo-out"
  fi
done
echo "== Colophon warm build, nothing changed"
measure "$here/colophon" build --source "$work/site" --output "$work/out"
post="$(find "$work/site/blog" -name "*.md" | sort | sed -n 1p)"
echo "edited" >> "$post"
echo "== Colophon warm build, one post changed"
measure "$here/colophon" build --source "$work/site" --output "$work/out"
