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

jar="$here/generator/target/colophon.jar"
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib" # the JDK's class files, read back into the cache
c1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:Tier3InvocationThreshold=20 -XX:Tier3MinInvocationThreshold=10
    -XX:Tier3CompileThreshold=200 -XX:Tier3BackEdgeThreshold=3000) # as the launcher runs builds

echo "== Flexmark alone on the same posts: the floor under any Flexmark-based build"
"$here/bench/settle.sh" "$work/site" "$jar" "$jdk"
java "${c1[@]}" -cp "$jar" "$here/bench/FlexmarkAlone.java" "$work/site/content" gfm
echo "== JBake 2.7.0, $count posts"
"$here/bench/settle.sh" "$work/site" "$jdk"
/usr/bin/time -f "%e s wall, %M KB peak RSS" java -cp "$(cat "$work/cp.txt")" "$here/bench/jbake/Bake.java" \
  "$work/site" "$work/jbake-out" 2>&1 | grep -E "JBake baked|wall"
for round in 1 2 3; do
  echo "== Colophon, same posts, cold, round $round"
  rm -rf "$work/colophon-out"
  "$here/bench/settle.sh" "$work/site" "$jar" "$jdk"
  /usr/bin/time -f "%e s wall, %M KB peak RSS" "$here/colophon" build --source "$work/site" --output "$work/colophon-out" \
    --no-cache 2>&1 | tail -2
done
