#!/usr/bin/env python3
"""CPU per posted comment, by thread kind, from /proc (the tables of docs/benchmarks.md).

  threads-cpu.py snap PID > before.json     # before the measured run (also snaps the machine's /proc/stat)
  threads-cpu.py diff before.json after.json POSTS
"""
import collections
import json
import os
import sys

KINDS = (("JettyServerThr", "request threads"), ("C2 CompilerThr", "JIT"), ("C1 CompilerThr", "JIT"),
         ("colophon-writer", "writer"), ("GC Thread", "GC"), ("G1 ", "GC"))


def kind(name):
    return next((k for prefix, k in KINDS if name.startswith(prefix)), "other")


def snap(pid):
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:  # the thread ended meanwhile
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[tid] = [name, int(fields[11]) + int(fields[12])]  # utime + stime, in clock ticks
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    busy = sum(cpu) - cpu[3] - cpu[4]  # all but idle and iowait
    return {"threads": threads, "machine": busy}


def diff(before, after, posts):
    per_post = 1e6 / os.sysconf("SC_CLK_TCK") / posts  # clock ticks to microseconds per post
    spent = collections.Counter()
    for tid, (name, ticks) in after["threads"].items():
        spent[kind(name)] += ticks - before["threads"].get(tid, [name, 0])[1]
    rows = [(k, spent[k]) for k in ("request threads", "JIT", "writer", "GC", "other")]
    rows.append(("server in all", sum(spent.values())))
    rows.append(("machine (every process)", after["machine"] - before["machine"]))
    for label, ticks in rows:
        print(f"CPU per post, {label}: {ticks * per_post:,.0f} us")


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        json.dump(snap(int(sys.argv[2])), sys.stdout)
    else:
        with open(sys.argv[2]) as b, open(sys.argv[3]) as a:
            diff(json.load(b), json.load(a), int(sys.argv[4]))
