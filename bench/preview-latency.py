#!/usr/bin/env python3
"""Preview benchmark: time from saving one post to its rebuilt page being served by `colophon serve`
(or, with --hugo, by `hugo server` on a Hugo copy of the same posts, as bench/generator.sh makes).

Usage: bench/preview-latency.py SITE_DIR [ROUNDS] [--hugo]
Starts the server on a free port, edits one post ROUNDS times, and polls the page until the edit shows.
PAUSE=seconds sets the time between edits (0.3 by default; a big site's search index is written after
the page, so a pause shorter than that write measures an edit competing with the last one's index).
For colophon it then waits SETTLE seconds (10) for the last plan, and reports the heap kept after a
full collection (jcmd), when ready and after the edits, and the process RSS now and at its peak.
"""
import os, re, socket, statistics, subprocess, sys, time, urllib.request

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
hugo = "--hugo" in sys.argv
site = os.path.abspath(args[0])
rounds = int(args[1]) if len(args) > 1 else 20
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]

def status(pid, field):
    """A memory figure of the server process from /proc, in MB."""
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024

def live_heap(pid):
    """The server's heap in use right after a full collection (jcmd), in MB: what it keeps."""
    subprocess.run(["jcmd", str(pid), "GC.run"], check=True, stdout=subprocess.DEVNULL)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    heap = [l for l in info.splitlines() if not l.strip().startswith(("Metaspace", "class space"))]
    return sum(int(u) for l in heap for u in re.findall(r"used (\d+)K", l)) // 1024  # G1: one line; serial: two

started = time.time()
if hugo:
    command = ["hugo", "server", "-s", site, "--port", str(port), "--bind", "127.0.0.1", "--disableLiveReload"]
    ready = "Web Server is available"
else:
    subprocess.run([os.path.join(here, "colophon"), "--version"], check=True, stdout=subprocess.DEVNULL)
    # the launcher, with the JVM options users get (it execs java: this process is the server)
    command = [os.path.join(here, "colophon"), "serve", "--source", site, "--port", str(port)]
    ready = "Watching"
server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:
        print("  " + line.rstrip())
        if ready in line:
            break
    print(f"preview ready in {time.time() - started:.1f} s")
    live_ready = None if hugo else live_heap(server.pid)
    posts = sorted(p for p in (os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs) if p.endswith(".md"))
    post = posts[len(posts) // 2]
    slug = re.search(r"^slug:\s*(\S+)", open(post).read(), re.M)
    name = slug.group(1) if slug else os.path.basename(post)[:-3]
    section = os.path.relpath(os.path.dirname(post), os.path.join(site, "content")) if hugo else ""  # Hugo: the folders under content/
    url = f"http://localhost:{port}/{section}/{name}/" if hugo else f"http://localhost:{port}/posts/{name}/"
    original = open(post).read()
    urllib.request.urlopen(url).read()
    latencies = []
    for i in range(rounds + 3):
        marker = f"latency-marker-{i}-{time.time_ns()}"
        t0 = time.perf_counter()
        with open(post, "w") as f:
            f.write(original + "\n" + marker + "\n")
        while marker.encode() not in urllib.request.urlopen(url).read():
            time.sleep(0.002)
        elapsed = (time.perf_counter() - t0) * 1000
        if i >= 3:  # the first edits warm up the JIT
            latencies.append(elapsed)
        time.sleep(float(os.environ.get("PAUSE", "0.3")))
    with open(post, "w") as f:
        f.write(original)
    if not hugo:
        time.sleep(float(os.environ.get("SETTLE", "10")))  # the last edit's lists and index
        print(f"  live heap after a full GC: {live_ready} MB when ready, {live_heap(server.pid)} MB after the edits")
    print(f"  RSS: {status(server.pid, 'VmRSS')} MB now, peak {status(server.pid, 'VmHWM')} MB")
    server.terminate()
    print("  last rebuilds: " + " | ".join(l.strip() for l in server.stdout.readlines()[-3:] if l.strip()))
    latencies.sort()
    print(f"save -> served, {rounds} edits of {os.path.relpath(post, site)}: median {statistics.median(latencies):.0f} ms, "
          f"p90 {latencies[int(len(latencies) * 0.9) - 1]:.0f} ms, max {latencies[-1]:.0f} ms")
finally:
    server.terminate()
    server.wait(timeout=20)
