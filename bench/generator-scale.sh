#!/usr/bin/env bash
# How cold builds grow with the number of posts: Colophon and Hugo on the same synthetic posts at each
# size, rounds alternating which tool goes first, the file system settled before every build
# (bench/settle.sh), then one warm Colophon build (nothing changed). Prints one line per build: wall
# time, peak RSS, posts per second and the load before it, for the scaling table in docs/benchmarks.md.
# Usage: flock /tmp/colophon-heavy.lock bench/generator-scale.sh [ROUNDS] [COUNT...]
#   (default: 2 rounds of 1000 10000 50000 100000; the sites go to ${BENCH_ROOT:-/tmp}/colophon-bench-COUNT)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-2}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000 50000 100000)
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib"
"$here/colophon" --version >/dev/null # the jar and its class-data archive first
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), hugo $(hugo version | awk '{print $2}')"
echo "== colophon: $(git -C "$here" log -1 --format='%h %s' | cut -c1-70)"

# $1 tool, $2 count, $3 label, then the command; prints one line
measure() {
  local tool="$1" count="$2" label="$3" load
  shift 3
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1 | {
    read -r wall rss
    echo "$count posts, $tool $label: $wall s wall, $((rss / 1024)) MB peak RSS, $(echo "$count / $wall" | bc) posts/s, load before $load"
  }
}

for count in "${counts[@]}"; do
  work="${BENCH_ROOT:-/tmp}/colophon-bench-$count"
  if [ ! -f "$work/site/site.yml" ]; then
    rm -rf "$work" && mkdir -p "$work/site"
    python3 "$here/../shared/bench/gen-corpus" --count "$count" --out "$work/site" --format yaml > /dev/null
    printf 'title: Bench\nbase_url: https://bench.example/\n' > "$work/site/site.yml"
  fi
  if [ ! -f "$work/hugo/config.toml" ]; then
    rm -rf "$work/hugo" && mkdir -p "$work/hugo/content" && cp -r "$work/site/blog" "$work/hugo/content/"
    cp -r "$here/bench/hugo-layouts" "$work/hugo/layouts"
    printf 'baseURL = "https://bench.example/"\ntitle = "Bench"\n[taxonomies]\ntag = "tags"\n[markup.highlight]\nnoClasses = false\n' > "$work/hugo/config.toml"
  fi
  colophon() {
    rm -rf "$work/site/.colophon" "$work/out"
    "$here/bench/settle.sh" "$work/site" "$here/generator/target/colophon.jar" "$jdk"
    measure Colophon "$count" "cold, round $round" "$here/colophon" build --source "$work/site" --output "$work/out"
  }
  hugo_build() {
    rm -rf "$work/hugo-out" "$work/hugo/resources"
    "$here/bench/settle.sh" "$work/hugo" "$(command -v hugo)"
    measure Hugo "$count" "cold, round $round" hugo --quiet -s "$work/hugo" -d "$work/hugo-out"
  }
  for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then colophon; hugo_build; else hugo_build; colophon; fi
  done
  round=warm
  measure Colophon "$count" "warm, nothing changed" "$here/colophon" build --source "$work/site" --output "$work/out"
done
