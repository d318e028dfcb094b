// Transfer and latency budgets of Colophon search on a built site: node budgets.mjs SITE_DIR QUERIES...
import { serve, browser, transfers, p95 } from './serve.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [root, ...queries] = process.argv.slice(2);
const { server, url } = await serve(path.resolve(root));
const chromium = await browser();
const kb = n => (n / 1024).toFixed(1) + ' KB';
try {
  const page = await chromium.newPage();
  const sizes = await transfers(page);
  const post = fs.readdirSync(path.join(root, 'posts'))[0];
  await page.goto(`${url}/posts/${post}/`, { waitUntil: 'networkidle0' });
  const onLoad = [...sizes.keys()].filter(u => u.includes('/search/'));
  console.log(`page load: ${onLoad.length} search files fetched ${onLoad.join(' ')}`);
  const client = zlib.gzipSync(fs.readFileSync(path.join(root, 'search/search.js')), { level: 9 }).length;
  console.log(`client: ${kb(client)} gzipped (gzip -9)`);
  let before = [...sizes.values()].reduce((a, b) => a + b, 0);
  await page.focus('.site-search input[type=search]');
  await page.waitForFunction(() => window.ColophonSearch);
  const first = [], later = [], times = [];
  let seen = new Set(sizes.keys());
  for (let i = 0; i < queries.length; i++) {
    await page.evaluate(q => window.ColophonSearch.search({ query: q, limit: 8 }), queries[i]);
    await new Promise(r => setTimeout(r, 50));
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    (i === 0 ? first : later).push(total - before);
    // what the query fetched, by kind of file (t/ terms, y/ typos, f/ fragments, the rest)
    const kinds = {};
    for (const [u, n] of sizes) if (!seen.has(u)) { const k = (u.match(/\/search\/([a-z]+)\//) || [, 'other'])[1]; kinds[k] = (kinds[k] || 0) + n; }
    seen = new Set(sizes.keys());
    console.log(`  "${queries[i]}": ${kb(total - before)} (${Object.entries(kinds).map(([k, n]) => `${k} ${kb(n)}`).join(', ')})`);
    before = total;
  }
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      times.push(await page.evaluate(async q => {
        const t = performance.now();
        await window.ColophonSearch.search({ query: q, limit: 8 });
        return performance.now() - t;
      }, q));
    }
  }
  console.log(`first query "${queries[0]}": ${kb(first[0])} transferred, client included`);
  console.log(`later queries: max ${kb(Math.max(...later))}, median ${kb([...later].sort((a, b) => a - b)[later.length >> 1])} (${later.length} queries)`);
  console.log(`query time with shards loaded: p95 ${p95(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} runs)`);
} finally {
  await chromium.close();
  server.close();
}
