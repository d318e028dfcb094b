// A static server for a built site, gzipping text as static hosts do, and headless Chromium to drive it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** Serves root; {sent} counts the bytes of every response body as sent (compressed), worker fetches included. */
export function serve(root) {
  const sent = { bytes: 0 };
  const server = http.createServer((req, res) => {
    if (req.url === '/__blank') { res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>blank</title>'); return; }
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const ext = path.extname(file), body = fs.readFileSync(file);
    const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'max-age=3600' };
    // Pagefind's own files are already compressed (pf_* fragments and indexes are gzip inside); text is gzipped here.
    if (TYPES[ext] && ext !== '.wasm' && /gzip/.test(req.headers['accept-encoding'] || '')) {
      const gz = zlib.gzipSync(body, { level: 6 });
      sent.bytes += gz.length;
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gz);
    } else { sent.bytes += body.length; res.writeHead(200, headers).end(body); }
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, sent, url: `http://127.0.0.1:${server.address().port}` })));
}

export async function browser() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 's21-chromium-')),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Bytes on the wire (compressed bodies) of the responses a page received, by URL. */
export function transfers(page) {
  const sizes = new Map();
  const client = page.target().createCDPSession();
  return client.then(cdp => {
    cdp.send('Network.enable');
    const urls = new Map();
    cdp.on('Network.responseReceived', e => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', e => { const u = urls.get(e.requestId); if (u) sizes.set(u, (sizes.get(u) || 0) + e.encodedDataLength); });
    return sizes;
  });
}

export function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}
