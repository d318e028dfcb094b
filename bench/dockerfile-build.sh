#!/usr/bin/env bash
# Replays the Dockerfile's build stage without Docker (not installed everywhere): copies exactly what
# its COPY lines copy into a scratch folder, runs its RUN line there, and compares the jar it makes with
# the one the README's build (./colophon, the same Maven command in the checkout) makes: same entries,
# same class bytes. Usage: flock /tmp/colophon-heavy.lock bench/dockerfile-build.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

stage="$(sed -n '/^FROM .* AS build/,/^FROM /p' "$here/Dockerfile")"
while read -r src dst; do   # COPY's rules: a folder's contents go into the destination folder
  if [ -d "$here/$src" ]; then
    mkdir -p "$scratch/src/$dst" && cp -r "$here/$src/." "$scratch/src/$dst/"
  elif [[ "$dst" == */ ]]; then
    mkdir -p "$scratch/src/$dst" && cp "$here/$src" "$scratch/src/$dst"
  else
    mkdir -p "$(dirname "$scratch/src/$dst")" && cp "$here/$src" "$scratch/src/$dst"
  fi
done < <(echo "$stage" | awk '$1 == "COPY" && $2 !~ /^--/ { print $2, $3 }')
run="$(echo "$stage" | sed -n 's/^RUN //p')"
echo "dockerfile-build: running '$run' in a copy of what the Dockerfile copies"
(cd "$scratch/src" && eval "$run") > "$scratch/docker.log" 2>&1 || { cat "$scratch/docker.log"; exit 1; }

echo "dockerfile-build: running the README's build (mvn -B -ntp -DskipTests -f pom.xml package) in the checkout"
mvn -B -ntp -DskipTests -f "$here/pom.xml" package > "$scratch/readme.log" 2>&1 || { cat "$scratch/readme.log"; exit 1; }

jar=comments-server/target/colophon-comments.jar
list() { (cd "$1" && unzip -Z1 "$jar" | sort); }
sums() { mkdir -p "$2" && (cd "$2" && unzip -q -o "$1/$jar" && find . -name '*.class' -type f -print0 | sort -z | xargs -0 sha256sum) ; }
diff <(list "$scratch/src") <(list "$here") > /dev/null || { echo "dockerfile-build: the jars have different entries" >&2; exit 1; }
diff <(sums "$scratch/src" "$scratch/a") <(sums "$here" "$scratch/b") > /dev/null || { echo "dockerfile-build: the classes differ" >&2; exit 1; }
echo "dockerfile-build: same jar: $(list "$here" | wc -l) entries, every class byte for byte"
