#!/usr/bin/env python3
"""Turns a folder of Markdown notes titled by their first '# ' heading (as Simon Willison's TIL
repository is laid out) into a Colophon site: posts/NNNN-slug.md with a title and a date.
Usage: til-site.py SOURCE_DIR SITE_DIR. Nothing of the source is kept in this repository."""
import datetime, os, re, sys

source, site = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(site, "posts"), exist_ok=True)
with open(os.path.join(site, "site.yml"), "w") as f:
    f.write("title: Real blog\nbase_url: http://127.0.0.1/\nlanguage: en\n")
files = sorted(os.path.join(d, n) for d, _, names in os.walk(source) for n in names
               if n.endswith(".md") and n != "README.md" and "/." not in d)
start = datetime.date(2020, 1, 1)
count = 0
for i, path in enumerate(files):
    text = open(path, encoding="utf-8", errors="replace").read()
    first = text.lstrip().split("\n", 1)
    if not first[0].startswith("# ") or len(first) < 2:
        continue
    title = first[0][2:].strip().replace('"', "'")
    slug = re.sub(r"[^a-z0-9]+", "-", os.path.relpath(path, source)[:-3].lower()).strip("-")
    date = start + datetime.timedelta(days=i)
    with open(os.path.join(site, "posts", f"{date}-{slug}.md"), "w", encoding="utf-8") as out:
        out.write(f'---\ntitle: "{title}"\ndate: {date}\nslug: {slug}\n---\n{first[1]}')
    count += 1
print(f"{count} posts in {site}")
