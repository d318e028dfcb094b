#!/usr/bin/env bash
# Cold builds of this checkout and another, side by side: the same synthetic posts, rounds alternating
# which version goes first, the file system settled before every build (bench/settle.sh), as
# bench/generator.sh builds them. For a change that must leave the build's speed as it was.
# Usage: flock /tmp/colophon-heavy.lock bench/generator-compare.sh OTHER_CHECKOUT [ROUNDS] [COUNT]
#   OTHER_CHECKOUT: e.g. `git worktree add --detach /tmp/old <commit>`, its jar built with
#   `mvn -q -o -B -DskipTests package`.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "$1" && pwd)"
rounds="${2:-3}"
count="${3:-10000}"
work="${BENCH_DIR:-/tmp/colophon-bench-$count}"
if [ ! -f "$work/site/site.yml" ]; then
  rm -rf "$work" && mkdir -p "$work/site"
  python3 "$here/../shared/bench/gen-corpus" --count "$count" --out "$work/site" --format yaml
  printf 'title: Bench\nbase_url: https://bench.example/\n' > "$work/site/site.yml"
fi
"$here/colophon" --version >/dev/null && "$other/colophon" --version >/dev/null # jars and class-data archives first
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== this: $(git -C "$here" log -1 --format='%h %s' | cut -c1-70)"
echo "== other: $(git -C "$other" log -1 --format='%h %s' | cut -c1-70)"
cold() { # $1 name, $2 checkout
  rm -rf "$work/site/.colophon" "$work/out-$1"
  "$here/bench/settle.sh" "$work/site" "$2/generator/target/colophon.jar" "$jdk"
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" "$2/colophon" build --source "$work/site" --output "$work/out-$1" 2>&1 >/dev/null | tail -1 \
    | { read -r wall user sys rss; echo "$1, round $round: $wall s wall, $(echo "$user + $sys" | bc) s CPU, $((rss / 1024)) MB peak RSS, load before $load"; }
}
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then cold other "$other"; cold this "$here"; else cold this "$here"; cold other "$other"; fi
done
diff -r -q "$work/out-this" "$work/out-other" > /dev/null && echo "== the two outputs are identical" || echo "== the outputs DIFFER (diff -r $work/out-this $work/out-other)"
