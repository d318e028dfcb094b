#!/usr/bin/env python3
"""Queries a reader would type, derived from a Colophon site's posts: for each post, two or three title
words that single it out (the rarest among titles), and a three-word phrase from its prose; each also
with one letter swapped, missing or doubled in one word (seeded, same for every engine).
Usage: queries.py SITE_DIR > queries.json"""
import collections, json, os, random, re, sys

site = sys.argv[1]
random.seed(21)
STOP = set("the a an of to in for on with by from as at is are was were be been this that these those it and or but not "
           "how what why when using use your you i my can with into via about".split())
posts = []
for name in sorted(os.listdir(os.path.join(site, "posts"))):
    text = open(os.path.join(site, "posts", name), encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    title = re.search(r'^title: "(.*)"$', head, re.M).group(1)
    slug = re.search(r"^slug: (.*)$", head, re.M).group(1)
    body = re.sub(r"```.*?```", " ", body, flags=re.S)
    prose = [l for l in body.split("\n") if l and not l.startswith(("    ", "#", "|", ">", "<", "!", "-", "*", "[")) and len(l.split()) >= 8]
    posts.append((slug, title, prose))
words = lambda s: [w for w in re.findall(r"[A-Za-z][A-Za-z]+", s) if w.lower() not in STOP and len(w) >= 3]
df = collections.Counter(w.lower() for _, t, _ in posts for w in set(x.lower() for x in words(t)))

def typo(query):
    parts = query.split()
    candidates = [i for i, w in enumerate(parts) if len(w) >= 5]
    if not candidates:
        return None
    i = random.choice(candidates)
    w, kind = parts[i], random.choice(["swap", "missing", "doubled"])
    p = random.randrange(len(w) - 1) if kind == "swap" else random.randrange(len(w))
    if kind == "swap":
        w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    elif kind == "missing":
        w = w[:p] + w[p + 1:]
    else:
        w = w[:p] + w[p] + w[p:]
    parts[i] = w
    return " ".join(parts)

out = []
for slug, title, prose in posts:
    tw = sorted(dict.fromkeys(words(title)), key=lambda w: (df[w.lower()], -len(w)))
    if len(tw) >= 2:
        q = " ".join(tw[:3] if len(tw) >= 3 and df[tw[1].lower()] > 1 else tw[:2])
        out.append({"url": f"/posts/{slug}/", "kind": "title", "query": q})
    if prose:
        line = random.choice(prose)
        ws = re.findall(r"[A-Za-z][A-Za-z]+", re.sub(r"\[([^\]]*)\]\([^)]*\)|`[^`]*`", r"\1", line))
        # a phrase a reader remembers: three words in a row, at least two of them not small words
        starts = [at for at in range(len(ws) - 2) if sum(w.lower() not in STOP and len(w) >= 4 for w in ws[at:at + 3]) >= 2]
        if starts:
            at = random.choice(starts)
            out.append({"url": f"/posts/{slug}/", "kind": "phrase", "query": " ".join(ws[at:at + 3])})
for q in list(out):
    t = typo(q["query"])
    if t:
        out.append({"url": q["url"], "kind": q["kind"] + "-typo", "query": t})
json.dump(out, sys.stdout, indent=0)
