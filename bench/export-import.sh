#!/usr/bin/env bash
# Export and import at size: N comments (default 100,000) in 1,000 threads, a third of them replies,
# with likes, made as an export file; imported into a new SQLite database, exported again, and that
# export imported into another new database. Each step's time and peak memory (RSS) are printed, the
# JVM capped at 512 MB of heap. The two exports must be the same file.
# Usage: flock /tmp/colophon-heavy.lock bench/export-import.sh [comments]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$here/comments-server/target/colophon-comments.jar"
[ -f "$jar" ] || mvn -q -B -DskipTests -f "$here/pom.xml" package

python3 - "$n" "$work/seed.json" <<'PY'
import json, sys
n, out = int(sys.argv[1]), open(sys.argv[2], "w")
threads = 1000
out.write('{"format":"colophon-comments","version":1,"site":null,\n"threads":[\n')
out.write(",\n".join(json.dumps({"id": t + 1, "site": "default", "page": f"/posts/{t}/", "created_at": "2020-01-01T00:00:00Z"})
                     for t in range(threads)))
out.write('],\n"comments":[\n')
last = {}
for i in range(1, n + 1):
    t = i % threads + 1
    parent = last.get(t) if i % 3 == 0 else None
    ms = 1577836800000 + i * 1000
    body = f"Comment {i}: some **Markdown** text, a [link](https://example.com) and `code`."
    row = {"id": i, "thread_id": t, "parent_id": parent, "depth": 1 if parent else 0, "status": "approved",
           "author": f"Reader {i % 500}", "email": f"reader{i % 500}@example.com", "website": None, "body": body,
           "html": f'<p>Comment {i}: some <strong>Markdown</strong> text, a <a href="https://example.com" rel="nofollow ugc noopener">link</a> and <code>code</code>.</p>',
           "edit_token_hash": "", "address_hash": "", "likes": 0, "created_at": __import__("datetime").datetime.utcfromtimestamp(ms / 1000).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "updated_at": None, "notify_replies": False, "origin": None}
    if parent is None:
        last[t] = i
    out.write(("" if i == 1 else ",\n") + json.dumps(row))
out.write('],\n"votes":[\n')
out.write(",\n".join(json.dumps({"comment_id": c, "voter": f"v{c}", "created_at": "2020-06-01T00:00:00Z"}) for c in range(1, n + 1, 10)))
out.write(']}\n')
PY
echo "seed: $(du -h "$work/seed.json" | cut -f1) for $n comments"

step() { # name, then the command's arguments
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx512m -jar "$jar" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r secs kb < "$work/time"
  printf '%-34s %7.1f s  peak RSS %4d MB   %s\n' "$name" "$secs" $((kb / 1024)) "$(grep -E '^(Imported|Exported)' "$work/out" | head -1 | cut -c1-60)"
}
step "import of the seed (new database)" import --from colophon --db "$work/a.db" "$work/seed.json"
step "export" export --db "$work/a.db" -o "$work/a.json"
step "re-import of the export (new db)" import --from colophon --db "$work/b.db" "$work/a.json"
step "export of the re-import" export --db "$work/b.db" -o "$work/b.json"
cmp -s "$work/a.json" "$work/b.json" && echo "the two exports are the same file ($(du -h "$work/a.json" | cut -f1))" || { echo "the exports differ" >&2; exit 1; }
