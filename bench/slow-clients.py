#!/usr/bin/env python3
"""Slow-body clients for bench/slow-clients.sh: N loopback connections that send a POST's headers with a
large Content-Length, then a byte now and then, never finishing. Prints how many stayed open, and how many
the server closed (idle timeout), every 5 s. Usage: slow-clients.py PORT COUNT SECONDS"""
import socket
import sys
import time

port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
head = ("POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 60000\r\n\r\n{\"page\":").encode()
socks = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port))  # loopback only
    s.sendall(head)
    s.setblocking(False)
    socks.append(s)
print(f"opened {len(socks)} slow-body connections", flush=True)
end = time.time() + seconds
closed = 0
while time.time() < end and socks:
    time.sleep(min(5, max(0, end - time.time())))
    alive = []
    for s in socks:
        try:
            s.send(b" ")  # one byte every 5 s: under the server's 10 s idle timeout, so they stay
            alive.append(s)
        except OSError:
            closed += 1
            s.close()
    socks = alive
    print(f"{len(socks)} still open, {closed} closed by the server", flush=True)
for s in socks:
    s.close()
