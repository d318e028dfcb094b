#!/usr/bin/env bash
# JBake beside Colophon on the same JBake-format posts (Colophon reads JBake headers natively).
# Usage: bench/jbake.sh [COUNT]   (default 5000; JBake 2.7.0 from Maven Central, minimal FreeMarker templates)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/colophon" --version >/dev/null
(cd "$here/bench/jbake" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt")
mkdir -p "$work/site"
cp -r "$here/bench/jbake/templates" "$here/bench/jbake/jbake.properties" "$work/site/"
python3 "$here/../shared/bench/gen-corpus" --count "$count" --out "$work/site/content" --format jbake
printf 'title: Bench\nbase_url: https://bench.example/\n' > "$work/site/site.yml"

echo "== JBake 2.7.0, $count posts"
/usr/bin/time -f "%e s wall, %M KB peak RSS" java -cp "$(cat "$work/cp.txt")" "$here/bench/jbake/Bake.java" \
  "$work/site" "$work/jbake-out" 2>&1 | grep -E "JBake baked|wall"
echo "== Colophon, same posts, cold"
/usr/bin/time -f "%e s wall, %M KB peak RSS" "$here/colophon" build --source "$work/site" --output "$work/colophon-out" --no-cache 2>&1 | tail -2
