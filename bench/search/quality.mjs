// Colophon search and Pagefind side by side on the same built site: node quality.mjs SITE_DIR QUERIES_JSON
// The site must have been indexed by Pagefind too (pagefind/ beside search/). Prints, per kind of query,
// the share whose intended post is in each engine's top 5, and the bytes each fetched for its first query.
import { serve, browser, transfers } from './serve.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [root, queryFile] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queryFile, 'utf8'));
const { server, url } = await serve(path.resolve(root));
const chromium = await browser();
const path1 = u => new URL(u, url).pathname.replace(/index\.html$/, '');
async function engine(name, setup, run) {
  const page = await chromium.newPage();
  const sizes = await transfers(page);
  await page.goto(`${url}/search/`, { waitUntil: 'networkidle0' });
  const pageLoad = [...sizes.values()].reduce((a, b) => a + b, 0);
  await page.evaluate(setup);
  const hits = {}, totals = {};
  let firstBytes = 0;
  const t0 = Date.now();
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const urls = await page.evaluate(run, q.query);
    if (i === 0) { firstBytes = [...sizes.values()].reduce((a, b) => a + b, 0) - pageLoad; }
    totals[q.kind] = (totals[q.kind] || 0) + 1;
    if (urls.map(path1).includes(q.url)) hits[q.kind] = (hits[q.kind] || 0) + 1;
  }
  const all = [...sizes.values()].reduce((a, b) => a + b, 0) - pageLoad;
  await page.close();
  const share = Object.keys(totals).sort().map(k => `${k} ${(100 * (hits[k] || 0) / totals[k]).toFixed(1)}% (${hits[k] || 0}/${totals[k]})`);
  console.log(`${name}: ${share.join(', ')}; first query ${(firstBytes / 1024).toFixed(1)} KB, all ${queries.length} queries ${(all / 1024).toFixed(0)} KB, ${((Date.now() - t0) / queries.length).toFixed(1)} ms a query`);
}
try {
  for (let round = 0; round < 2; round++) { // alternated, so that neither engine always runs on a warmer machine
    const colophon = () => engine('Colophon', async () => {
      await new Promise(r => { const s = document.createElement('script'); s.src = 'search.js'; s.onload = r; if (window.ColophonSearch) r(); else document.head.appendChild(s); });
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
