#!/usr/bin/env python3
"""Serves a built site on loopback as static hosts do (GitHub Pages, Netlify, nginx with gzip on):
text compressed for clients that ask for gzip, and a Cache-Control of ten minutes. For benchmarks only.
Usage: static-server.py DIR PORT"""
import gzip
import http.server
import sys

TEXT = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml", "application/atom+xml",
        "application/rss+xml", "application/feed+json")


class Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        if path.endswith("/"):
            path += "index.html"
        ctype = self.guess_type(path)
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not ctype.startswith(TEXT):
            return super().send_head()
        try:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), 6)
        except OSError:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return __import__("io").BytesIO(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    directory, port = sys.argv[1], int(sys.argv[2])
    handler = lambda *a, **k: Handler(*a, directory=directory, **k)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
