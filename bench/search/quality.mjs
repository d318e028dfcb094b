// Colophon search and Pagefind side by side on the same built site: node quality.mjs SITE_DIR QUERIES_JSON
// The site must have been indexed by Pagefind too (pagefind/ beside search/). Prints, per kind of query,
// the share whose intended post is in each engine's top 5, and the bytes each fetched: counted by the server
// (so Pagefind's worker, which fetches its WASM and index chunks, is counted too), each engine in a fresh
// browser context (an empty cache): what the client costs to start, the first query, and later queries.
import { serve, browser } from './serve.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [root, queryFile] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queryFile, 'utf8'));
const { server, sent, url } = await serve(path.resolve(root));
const chromium = await browser();
const path1 = u => new URL(u, url).pathname.replace(/index\.html$/, '');
async function engine(name, setup, run) {
  const context = await chromium.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${url}/__blank`, { waitUntil: 'networkidle0' }); // a page of neither engine: each loads its own client
  const pageLoad = sent.bytes;
  await page.evaluate(setup);
  await new Promise(r => setTimeout(r, 200)); // a worker's start-up fetches (Pagefind's WASM) land in the start-up figure
  const started = sent.bytes, perQuery = [];
  const hits = {}, totals = {};
  const t0 = Date.now();
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i], before = sent.bytes;
    const urls = await page.evaluate(run, q.query);
    perQuery.push(sent.bytes - before);
    totals[q.kind] = (totals[q.kind] || 0) + 1;
    if (urls.map(path1).includes(q.url)) hits[q.kind] = (hits[q.kind] || 0) + 1;
  }
  const ms = (Date.now() - t0) / queries.length;
  await context.close();
  const kb = n => (n / 1024).toFixed(1) + ' KB';
  // the next 20 queries: later ones mostly find their files cached, as a reader's 21st query would
  const later = perQuery.slice(1, 21).sort((a, b) => a - b);
  const share = Object.keys(totals).sort().map(k => `${k} ${(100 * (hits[k] || 0) / totals[k]).toFixed(1)}% (${hits[k] || 0}/${totals[k]})`);
  console.log(`${name}: ${share.join(', ')}; ${ms.toFixed(1)} ms a query`);
  console.log(`  ${name} bytes (gzipped, server-side): client start ${kb(started - pageLoad)}, first query ${kb(perQuery[0])}` +
    ` (with start ${kb(started - pageLoad + perQuery[0])}), queries 2-21 median ${kb(later[later.length >> 1])},` +
    ` max ${kb(later[later.length - 1])}, all ${queries.length} queries ${kb(started - pageLoad + perQuery.reduce((a, b) => a + b, 0))}`);
}
try {
  for (let round = 0; round < 2; round++) { // alternated, so that neither engine always runs on a warmer machine
    const colophon = () => engine('Colophon', async () => {
      await new Promise(r => { const s = document.createElement('script'); s.src = '/search/search.js'; s.onload = r; if (window.ColophonSearch) r(); else document.head.appendChild(s); });
    }, async q => (await window.ColophonSearch.search({ query: q, limit: 5 })).results.map(r => r.url));
    const pagefind = () => engine('Pagefind', async () => {
      window.pf = await import('/pagefind/pagefind.js');
      await window.pf.init();
    }, async q => {
      const r = await window.pf.search(q);
      return Promise.all(r.results.slice(0, 5).map(async x => (await x.data()).url));
    });
    if (round === 0) { await colophon(); await pagefind(); } else { await pagefind(); await colophon(); }
  }
} finally {
  await chromium.close();
  server.close();
}
