#!/usr/bin/env bash
# The Dockerfile, run as far as a machine without a Docker engine allows (docs/deploy.md says what it
# cannot show). Usage: flock /tmp/colophon-heavy.lock bench/dockerfile-build.sh
#  1. Build stage: copies exactly what its COPY lines copy (nothing else of the checkout) into a scratch
#     folder, runs its RUN line there, and compares the jar with the one the README's build (./colophon's
#     Maven command, in a clean copy of the checkout) makes: the same entries, every entry byte for byte
#     except the build timestamps Maven writes (META-INF/MANIFEST.MF is compared without them).
#  2. Runtime stage: runs the image's ENTRYPOINT and CMD with its ENV and WORKDIR, as its USER's uid and
#     gid (setpriv; never root), on a scratch folder standing for its VOLUME owned by that user, listening
#     on 127.0.0.1 instead of 0.0.0.0 (tests stay on loopback) at its EXPOSE port: /health answers, a
#     comment posts, the database is made in the volume by that user, and the documented
#     `docker exec ... backup` line works as that user.
#  3. docs/deploy.md names the user, uid, port and volume the Dockerfile uses.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
pid=""
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$pid" ] && { wait "$pid" 2>/dev/null || true; }; rm -rf "$scratch"' EXIT
fail() { echo "dockerfile-build: FAIL: $*" >&2; exit 1; }
docker_file="$here/Dockerfile"
build_stage="$(sed -n '/^FROM .* AS build/,/^FROM /p' "$docker_file")"
run_stage="$(sed -n '/^FROM /h; /^FROM /!{H}; ${x;p}' "$docker_file")"   # from the last FROM on

copy_into() { # $1 folder; COPY's rules: a folder's contents go into the destination folder
  local root="$1" src dst
  while read -r src dst; do
    if [ -d "$here/$src" ]; then
      mkdir -p "$root/$dst" && cp -r "$here/$src/." "$root/$dst/"
    elif [[ "$dst" == */ ]]; then
      mkdir -p "$root/$dst" && cp "$here/$src" "$root/$dst"
    else
      mkdir -p "$(dirname "$root/$dst")" && cp "$here/$src" "$root/$dst"
    fi
  done < <(echo "$build_stage" | awk '$1 == "COPY" && $2 !~ /^--/ { print $2, $3 }')
}

echo "== 1. build stage"
mkdir -p "$scratch/docker"
copy_into "$scratch/docker"
find "$scratch/docker" -name target -type d -prune -exec rm -rf {} +   # what .dockerignore leaves out
run="$(echo "$build_stage" | sed -n 's/^RUN //p')"
echo "dockerfile-build: running '$run' on only what the Dockerfile copies"
(cd "$scratch/docker" && eval "$run") > "$scratch/docker.log" 2>&1 || { tail -40 "$scratch/docker.log"; fail "the build stage's RUN failed"; }

readme_build="$(grep -o 'mvn [^|]*package' "$here/colophon" | head -1 | sed 's|"$here/pom.xml"|pom.xml|')"
echo "dockerfile-build: running the README's build ('$readme_build', as ./colophon runs it) in a clean copy of the checkout"
mkdir -p "$scratch/readme"
git -C "$here" ls-files -z --cached --others --exclude-standard | (cd "$here" && xargs -0 cp --parents -t "$scratch/readme" 2>/dev/null) || true
(cd "$scratch/readme" && eval "$readme_build") > "$scratch/readme.log" 2>&1 || { tail -40 "$scratch/readme.log"; fail "the README's build failed"; }

jar=comments-server/target/colophon-comments.jar
for side in docker readme; do
  mkdir -p "$scratch/x-$side" && (cd "$scratch/x-$side" && unzip -q "$scratch/$side/$jar")
  sed -i '/^Build-Jdk\|^Created-By\|^Built-By/d' "$scratch/x-$side/META-INF/MANIFEST.MF"
  (cd "$scratch/x-$side" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$scratch/sums-$side"
done
diff <(cut -c67- "$scratch/sums-docker") <(cut -c67- "$scratch/sums-readme") > "$scratch/entries.diff" \
  || { head -20 "$scratch/entries.diff"; fail "the jars have different entries"; }
diff "$scratch/sums-docker" "$scratch/sums-readme" > "$scratch/bytes.diff" \
  || { head -20 "$scratch/bytes.diff"; fail "entries differ in content"; }
echo "dockerfile-build: the same jar: $(wc -l < "$scratch/sums-readme") entries, each byte for byte"

echo "== 2. runtime stage"
user="$(echo "$run_stage" | sed -n 's/^USER //p' | tail -1)"
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ] || fail "the image runs as root"
uid="$(echo "$run_stage" | grep -o -- '--uid [0-9]*' | awk '{print $2}')"
gid="$(echo "$run_stage" | grep -o -- '--gid [0-9]*' | awk '{print $2}')"
[ -n "$uid" ] && [ "$uid" != 0 ] || fail "no uid for $user"
volume="$(echo "$run_stage" | sed -n 's/^VOLUME //p')"
workdir="$(echo "$run_stage" | sed -n 's/^WORKDIR //p' | tail -1)"
port="$(echo "$run_stage" | sed -n 's/^EXPOSE //p')"
copied="$(echo "$run_stage" | sed -n 's/^COPY --from=build [^ ]* //p')"
entry="$(echo "$run_stage" | sed -n 's/^ENTRYPOINT //p' | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)))')"
cmd="$(echo "$run_stage" | sed -n 's/^CMD //p' | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)))')"
[ "$workdir" = "$volume" ] || fail "WORKDIR $workdir is not the volume $volume"

# the image's file system, as far as it matters: the jar where COPY puts it, the volume owned by the user
root="$scratch/image"
mkdir -p "$root$(dirname "$copied")" "$root$volume"
cp "$scratch/docker/$jar" "$root$copied"
chown "$uid:${gid:-$uid}" "$root$volume"
chmod 755 "$scratch" "$root" && find "$root" -type d -exec chmod 755 {} +
envs=()
while read -r kv; do
  kv="${kv%\\}"; kv="${kv% }"
  envs+=("$(echo "$kv" | sed "s|$volume|$root$volume|g")")
done < <(echo "$run_stage" | sed -n '/^ENV /,/[^\\]$/p' | sed 's/^ENV //; s/^ *//')
envs+=(COLOPHON_HOST=127.0.0.1 COLOPHON_ORIGINS=https://blog.example COLOPHON_ADMIN_TOKEN=docker-check-token-0123456789)
as_user() { (cd "$root$volume" && env -i PATH="$PATH" HOME="$root$volume" "${envs[@]}" \
  setpriv --reuid "$uid" --regid "${gid:-$uid}" --clear-groups "$@"); }
echo "dockerfile-build: running '${entry/$copied/$root$copied} $cmd' as uid $uid with ${envs[*]}"
as_user ${entry/$copied/$root$copied} $cmd > "$scratch/server.log" 2>&1 &
pid=$!
for _ in $(seq 50); do server="$(pgrep -u "$uid" -f "$root$copied" | head -1 || true)"; [ -n "$server" ] && break; sleep 0.1; done
[ -n "$server" ] || { cat "$scratch/server.log"; fail "the server did not start as uid $uid"; }
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/health" > /dev/null || { tail -20 "$scratch/server.log"; fail "no answer on port $port"; }
status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Origin: https://blog.example' \
  -d '{"page":"/posts/hello/","body":"From the container check","author":"Ann"}' "http://127.0.0.1:$port/api/v1/comments")"
[ "$status" = 201 ] || { tail -20 "$scratch/server.log"; fail "posting a comment answered $status"; }
db="$(ls "$root$volume"/*.db 2>/dev/null | head -1)"
[ -n "$db" ] && [ "$(stat -c %u "$db")" = "$uid" ] || fail "no database made by uid $uid in the volume"
backup="$(grep -o 'docker exec colophon java -jar [^ ]* backup [^ ]*' "$here/docs/deploy.md" | head -1)"
[ -n "$backup" ] || fail "docs/deploy.md has no backup line for the container"
set -- $backup
as_user java -jar "$root$6" backup "$root$8" > "$scratch/backup.log" 2>&1 || { cat "$scratch/backup.log"; fail "the documented backup failed"; }
ls "$root$8"/*.db > /dev/null 2>&1 || fail "the backup made no copy"
echo "dockerfile-build: the image's command serves as uid $uid on port $port, its database and the documented backup are in $volume"

echo "== 3. docs/deploy.md"
for word in "$user" "uid $uid" "$volume" "$port"; do
  grep -q -- "$word" "$here/docs/deploy.md" || fail "docs/deploy.md does not mention '$word'"
done
echo "dockerfile-build: PASS (not shown here: the base images themselves, Docker's layer cache and its network)"
