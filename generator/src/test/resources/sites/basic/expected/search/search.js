/* Colophon search: reads the sharded index under /search/ (written by `colophon build`), fetching only
   the shards a query needs, through script elements so that it works from file:// too. No dependencies.
   Loaded when a reader focuses the search box, or by the search page. */
(function () {
  'use strict';
  if (window.ColophonSearch) return;
  var CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}\p{Mn}]/u;
  var MAX_QUERY = 200, MAX_WORDS = 8, LISTS = { t: 'terms', u: 'tails', y: 'typos' };
  var files = {}, waiting = {}, root = siteRoot(), base = root + 'search/';

  function siteRoot() {
    var box = document.querySelector('[data-search-root]');
    var declared = box ? box.getAttribute('data-search-root') : '/';
    if (/^https?:/.test(location.protocol) && location.href.indexOf(declared) === 0) return declared;
    // From file:// or another folder than base_url says: the root is as deep above this page as its URL.
    var path = box ? box.getAttribute('data-search-page') || '/' : '/';
    var depth = Math.max(0, path.split('/').length - 2);
    return new URL(new Array(depth + 1).join('../') || './', location.href).href;
  }

  window.colophonSearch = function (path, data) {
    var done = waiting[path];
    if (done) { delete waiting[path]; done(data); }
  };
  function load(path) {
    if (!files[path]) {
      files[path] = new Promise(function (resolve) {
        waiting[path] = resolve;
        var s = document.createElement('script');
        s.src = base + path;
        s.onload = s.onerror = function () { window.colophonSearch(path, null); s.remove(); };
        document.head.appendChild(s);
      });
    }
    return files[path];
  }

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
  }
  // Splits as the index builder does (Analyzer.java): words folded, CJK runs into bigrams.
  function tokens(text) {
    var out = [], word = '', run = '';
    function flush() {
      if (word) { if (word.length <= 40) out.push({ w: fold(word) }); word = ''; }
      if (run) {
        var cs = Array.from(run.normalize('NFKC').toLowerCase());
        if (cs.length === 1) out.push({ w: cs[0], cjk: true });
        for (var i = 0; i + 1 < cs.length; i++) out.push({ w: cs[i] + cs[i + 1], cjk: true });
        run = '';
      }
    }
    for (var ch of text) {
      if (CJK.test(ch)) { if (word) flush(); run += ch; }
      else if (WORD.test(ch)) { if (run) flush(); word += ch; }
      else flush();
    }
    flush();
    return out.filter(function (t) { return t.w; });
  }

  // Shards are runs of sorted entries, listed by where each starts: a word's shard is the last start before it.
  function shardIndex(list, word) {
    var lo = 0, hi = list.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (list[mid] <= word) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function fileName(start) {
    var name = '';
    for (var ch of start) name += /[a-z0-9]/.test(ch) ? ch : '_' + ch.codePointAt(0).toString(16) + '_';
    return name || '_';
  }
  function shardFile(dir, start) { return load(dir + '/' + fileName(start) + '.js'); }
  function shard(meta, dir, word) {
    var list = meta[LISTS[dir]] || [];
    return list.length ? shardFile(dir, list[shardIndex(list, word)]) : Promise.resolve(null);
  }
  function terms(meta, word) {
    return shard(meta, 't', word).then(function (s) { return s || { k: {}, f: {} }; });
  }

  // One letter wrong, missing, extra or two swapped (Damerau–Levenshtein distance at most 1).
  function oneOff(a, b) {
    if (a === b) return true;
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The keys a query word stands for, each with a weight: exact 1, a completion less, a correction least.
  function candidates(meta, token, last) {
    var w = token.w;
    return terms(meta, w).then(function (s) {
      var found = [];
      if (s.k[w]) found.push({ key: w, weight: 1 });
      if (s.f[w]) found.push({ key: s.f[w], weight: 1 });
      if (!last || (w.length < 2 && !token.cjk)) return found.length ? found : typos(meta, w);
      return (found.length ? Promise.resolve([s]) : prefixShards(meta, w)).then(function (shards) {
        var more = [];
        shards.forEach(function (sh) {
          Object.keys(sh.k).forEach(function (k) { if (k !== w && k.indexOf(w) === 0) more.push({ key: k, n: sh.k[k][2] || sh.k[k][1].length }); });
          Object.keys(sh.f).forEach(function (f) { if (f !== w && f.indexOf(w) === 0) more.push({ key: sh.f[f], n: 1, w: f }); });
        });
        more.sort(function (a, b) { return b.n - a.n; });
        more.slice(0, 12).forEach(function (m) { found.push({ key: m.key, weight: 0.5 + 0.4 * w.length / (m.w || m.key).length }); });
        return found.length ? found : typos(meta, w);
      });
    });
  }
  function prefixShards(meta, w) {
    var list = meta.terms, i = shardIndex(list, w), end = i + 1;
    while (end < list.length && list[end].indexOf(w) === 0) end++;
    return end - i > 2 ? Promise.resolve([]) : Promise.all(list.slice(i, end).map(function (start) { return shardFile('t', start); }))
      .then(function (all) { return all.filter(Boolean); });
  }
  // Words one letter off: the query and its one-letter deletions looked up among the site's words and theirs.
  function typos(meta, w) {
    if (w.length < meta.typoMin - 1 || CJK.test(w)) return Promise.resolve([]);
    var variants = [w];
    for (var i = 0; i < w.length; i++) variants.push(w.slice(0, i) + w.slice(i + 1));
    return Promise.all(variants.map(function (v) { return shard(meta, 'y', v); })).then(function (shards) {
      var words = [];
      shards.forEach(function (sh, i) {
        [].concat(sh && sh[variants[i]] || []).forEach(function (word) {
          if (words.indexOf(word) < 0 && oneOff(w, word)) words.push(word);
        });
      });
      return Promise.all(words.slice(0, 6).map(function (word) {
        return terms(meta, word).then(function (s) { return { key: s.k[word] ? word : s.f[word], weight: 0.6 }; });
      }));
    }).then(function (found) { return found.filter(function (f) { return f.key; }); });
  }

  // A key's postings decoded once into typed arrays: page numbers from base64 deltas (5 bits a character,
  // 32 = more follow) and one weight character each (IndexWriter's Postings.java). A common key's term
  // shard holds only its postings of most impact, with its page count (df) and a bound on what the rest
  // add to a score (theta); the rest (tail) is fetched from u/ when the results might depend on it.
  var decoded = {}, CODE = new Int8Array(128), A64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (var c64 = 0; c64 < 64; c64++) CODE[A64.charCodeAt(c64)] = c64;
  function decode(e) {
    var code = e[0], w = e[1], n = w.length, ids = new Int32Array(n), values = new Uint8Array(n);
    for (var i = 0, j = 0, id = 0; i < n; i++) {
      var d = 0, shift = 0, c;
      do { c = CODE[code.charCodeAt(j++)]; d |= (c & 31) << shift; shift += 5; } while (c & 32);
      ids[i] = id += d;
      values[i] = CODE[w.charCodeAt(i)];
    }
    return { ids: ids, values: values, df: e[2] || n, theta: e[3] || 0 };
  }
  function postings(meta, key, whole) {
    var list = decoded[key] ? Promise.resolve(decoded[key])
      : terms(meta, key).then(function (s) { return (decoded[key] = decode(s.k[key] || ['', ''])); });
    return list.then(function (l) {
      if (!whole || !l.theta || l.tail) return l;
      return shard(meta, 'u', key).then(function (s) { l.tail = decode(s && s[key] || ['', '']); return l; });
    });
  }
  // BM25's length normalisation per page, from the word counts in index.js (log-scale buckets).
  function norms(meta) {
    if (!meta.norm) {
      var k1 = meta.score.k1, b = meta.score.b;
      meta.norm = new Float64Array(meta.n);
      for (var i = 0; i < meta.n; i++) meta.norm[i] = k1 * (1 - b + b * (Math.pow(2, CODE[meta.dl.charCodeAt(i)] / 4) - 1) / meta.avgdl);
    }
    return meta.norm;
  }

  /** Runs a query: {query, tag, year, limit, offset}; resolves to {results: [{url, title, date, tags, excerpt}], total}. */
  function search(options) {
    var query = String(options.query || '').slice(0, MAX_QUERY), open = !/\s$/.test(query);
    var seen = {}, words = tokens(query).filter(function (t) { return !seen[t.w] && (seen[t.w] = 1); }).slice(0, MAX_WORDS);
    return load('index.js').then(function (meta) {
      if (!meta || (!words.length && !options.tag && !options.year)) return { results: [], total: 0, words: [] };
      return Promise.all(words.map(function (t, i) { return candidates(meta, t, open && i === words.length - 1); }))
        .then(function (perWord) { return rank(meta, words, perWord, options); });
    });
  }

  // Each word scores a page by its best key (BM25 with bonuses for title, heading and tag matches);
  // the words' scores add up, and pages that match fewer of the words lose by the square of the share.
  // Scratch arrays live as long as the index and are cleared page by page, so a query allocates little.
  function scratch(meta) {
    var n = meta.n, F = Float64Array, U = Uint8Array;
    return meta.scratch || (meta.scratch = { scores: new F(n), best: new F(n), capped: new F(n), matched: new U(n), hitT: new U(n),
      sure: new U(n), allowed: new U(n), touched: new Int32Array(n), words: new Int32Array(n) });
  }
  // Ranked from the heads of common keys first: a word whose tails are not loaded may still add up to
  // its bound to any page. The results stand when each is known exactly and no other page could pass
  // the last of them; otherwise (and for more results than the heads can prove) the tails are fetched.
  function rank(meta, words, perWord, options, whole) {
    var keys = [], filters = [];
    perWord.forEach(function (c) { c.forEach(function (x) { keys.push(x.key); }); });
    if (options.tag) filters.push('#' + options.tag);
    if (options.year) filters.push('@' + options.year);
    return Promise.all(keys.concat(filters).map(function (k) { return postings(meta, k, whole); })).then(function (lists) {
      var n = meta.n, sc = meta.score, TF = sc.tf, norm = norms(meta), x = scratch(meta), scores = x.scores, best = x.best, matched = x.matched;
      var touched = x.touched, nt = 0, k = 0, sumT = 0, nT = 0, miss = 1;
      perWord.forEach(function (cands) {
        var seen = x.words, ns = 0, bound = 0, dfMax = 0, cap = Infinity;
        cands.forEach(function (c) {
          // a completion never weighs more than the word as typed: "collector" finds collectors before "collectorcache"
          var list = lists[k++], df = list.df, idf = c.weight * Math.min(cap, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
          if (c.weight === 1) cap = idf;
          dfMax = Math.max(dfMax, df);
          [list, list.tail].forEach(function (l) {
            for (var i = 0, ids = l ? l.ids : [], values = l && l.values; i < ids.length; i++) {
              var id = ids[i], v = values[i], tf = TF[v & 7];
              var s = idf * ((tf ? tf * (sc.k1 + 1) / (tf + norm[id]) : 0) + (v & 8 ? sc.title : 0) + (v & 16 ? sc.heading : 0) + (v & 32 ? sc.tag : 0));
              if (best[id] === 0) seen[ns++] = id;
              if (s > best[id]) best[id] = s;
            }
          });
          if (list.theta && !list.tail) bound = Math.max(bound, idf * list.theta);
        });
        for (var i = 0; i < ns; i++) {
          var id = seen[i];
          if (!matched[id]) touched[nt++] = id;
          if (bound) { x.hitT[id]++; x.capped[id] += Math.min(best[id], bound); if (best[id] >= bound) x.sure[id]++; }
          scores[id] += best[id]; matched[id]++; best[id] = 0;
        }
        if (bound) { sumT += bound; nT++; }
        miss *= 1 - dfMax / n;
      });
      if (!words.length && lists.length) {
        var only = lists[0].ids;
        for (var i = 0; i < only.length; i++) { touched[nt++] = only[i]; scores[only[i]] = 1 + only[i] / n; matched[only[i]] = 1; }
      }
      var need = filters.length, share = 1;
      lists.slice(keys.length).forEach(function (l) { share *= l.df / n; for (var i = 0; i < l.ids.length; i++) x.allowed[l.ids[i]]++; });
      // the best (offset + limit) pages, kept sorted, without sorting every match
      var total = Math.max(1, words.length), T2 = total * total, want = (options.offset || 0) + (options.limit || 10), top = [], count = 0;
      for (var t = 0; t < nt; t++) {
        var id = touched[t];
        if (x.allowed[id] === need) {
          count++;
          var s = scores[id] * matched[id] * matched[id] / T2;
          if (top.length < want || s > top[top.length - 1].s || (s === top[top.length - 1].s && id > top[top.length - 1].id)) {
            var at = top.length;
            while (at > 0 && (top[at - 1].s < s || (top[at - 1].s === s && top[at - 1].id < id))) at--;
            top.splice(at, 0, { id: id, s: s });
            if (top.length > want) top.pop();
          }
        }
      }
      // exact when every result is known and no page, seen or not, could reach the last one
      var last = top.length === want ? top[want - 1].s : -1, exact = !nT || (sumT * nT * nT / T2 < last && top.every(function (r) { return x.sure[r.id] === nT; }));
      for (t = 0; t < nt; t++) {
        id = touched[t];
        if (exact && nT && x.sure[id] < nT && x.allowed[id] === need) {
          var mu = matched[id] + nT - x.hitT[id];
          if ((scores[id] + sumT - x.capped[id]) * mu * mu / T2 >= last) exact = false;
        }
        scores[id] = 0; matched[id] = 0; x.capped[id] = 0; x.hitT[id] = 0; x.sure[id] = 0;
      }
      if (need) x.allowed.fill(0);
      if (!exact) return rank(meta, words, perWord, options, true);
      top = top.slice(options.offset || 0);
      return Promise.all(top.map(function (r) { return load('f/' + Math.floor(r.id / meta.frag) + '.js'); })).then(function (frags) {
        var hits = words.map(function (t) { return t.w; }).concat(keys);
        return {
          // the heads hold only some of a common word's pages: the count is then estimated, as if words were independent
          total: nT ? Math.max(count, Math.round(n * (1 - miss) * share)) : count, about: nT > 0, words: hits,
          results: top.map(function (r, i) {
            var d = frags[i][r.id % meta.frag];
            return { url: link(d[0]), title: d[1], date: d[2], tags: d[3], excerpt: excerpt(d[4], hits) };
          })
        };
      });
    });
  }

  function link(url) {
    var href = root + url.replace(/^\//, '');
    return location.protocol === 'file:' && /\/$/.test(href) ? href + 'index.html' : href;
  }
  function isHit(word, hits) {
    var f = fold(word);
    return hits.some(function (h) { return f === h || (h.length >= 2 && f.indexOf(h) === 0) || (CJK.test(h) && f.indexOf(h) >= 0); });
  }
  // About 30 words around the first match, as [text, isMatch] parts.
  function excerpt(text, hits) {
    var parts = text.split(/([\p{L}\p{Nd}\p{Mn}]+)/u), first = -1;
    for (var i = 1; i < parts.length && first < 0; i += 2) if (isHit(parts[i], hits)) first = i;
    var from = Math.max(0, first - 20), to = Math.min(parts.length, Math.max(first, 0) + 40);
    var out = from > 0 ? [['… ', false]] : [];
    for (var j = from; j < to; j++) out.push([parts[j], j % 2 === 1 && isHit(parts[j], hits)]);
    if (to < parts.length) out.push([' …', false]);
    return out;
  }

  // Comments, when the site asks for them (search_comments): the comment server searches approved ones.
  function comments(meta, query) {
    if (!meta.comments || !query.trim() || !window.fetch) return Promise.resolve([]);
    return fetch(meta.comments + '/api/v1/search?limit=5&q=' + encodeURIComponent(query.slice(0, MAX_QUERY)))
      .then(function (r) { return r.ok ? r.json() : { comments: [] }; })
      .then(function (body) {
        return (body.comments || []).map(function (c) {
          return { url: link(c.page) + '#comment-' + c.id, title: c.author + ' on ' + (c.title || c.page), date: String(c.created || '').slice(0, 10),
            tags: [], excerpt: excerpt(c.text, tokens(query).map(function (t) { return t.w; })), comment: true };
        });
      })
      .catch(function () { return []; });
  }

  // The interface: the ARIA 1.2 combobox pattern on the header box (a listbox popup) and on the search page.
  var count = 0;
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (a) { node.setAttribute(a, attrs[a]); });
    if (text) node.textContent = text;
    return node;
  }
  function option(r, id) {
    var li = el('li', { role: 'option', id: id, 'aria-selected': 'false', 'class': 'search-result' + (r.comment ? ' search-comment' : '') });
    var a = el('a', { href: r.url, tabindex: '-1' });
    a.appendChild(el('span', { 'class': 'search-title' }, r.title));
    if (r.date) a.appendChild(el('time', { 'class': 'search-date', datetime: r.date }, r.date));
    var p = el('span', { 'class': 'search-excerpt' });
    r.excerpt.forEach(function (part) { p.appendChild(part[1] ? el('mark', {}, part[0]) : document.createTextNode(part[0])); });
    a.appendChild(p);
    li.appendChild(a);
    li.addEventListener('mousedown', function (e) { e.preventDefault(); });
    return li;
  }
  function enhance(form) {
    var page = form.classList.contains('search-page'), input = form.querySelector('input[type=search]');
    var id = 'search-list-' + (++count), active = -1, seq = 0, timer = 0, shown = page ? 10 : 6;
    var more = el('button', { type: 'button', 'class': 'search-more', hidden: '' }, 'More results');
    var list = page ? document.querySelector('.search-results') : el('ul', { 'class': 'search-suggest', hidden: '' });
    var status = el('p', { role: 'status', 'class': 'search-status', 'aria-live': 'polite' });
    var tag = form.querySelector('select[name=tag]'), year = form.querySelector('select[name=year]');
    list.id = id;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'false'], ['aria-controls', id], ['autocomplete', 'off']]
      .forEach(function (a) { input.setAttribute(a[0], a[1]); });
    if (!page) { form.appendChild(list); form.action = link('/search/'); }
    list.parentNode.insertBefore(status, list);
    if (page) list.parentNode.insertBefore(more, list.nextSibling);
    more.addEventListener('click', function () { shown += 10; run(); });
    function options() { return list.querySelectorAll('[role=option]'); }
    function select(n) {
      var all = options();
      all.forEach(function (o, i) { o.setAttribute('aria-selected', String(i === n)); });
      active = n;
      if (n < 0) input.removeAttribute('aria-activedescendant');
      else { input.setAttribute('aria-activedescendant', all[n].id); all[n].scrollIntoView({ block: 'nearest' }); }
    }
    function expand(on) {
      input.setAttribute('aria-expanded', String(on));
      if (!page) list.hidden = !on;
    }
    function show(found, extra) {
      var all = found.results.concat(extra);
      list.textContent = '';
      all.forEach(function (r, i) { list.appendChild(option(r, id + '-' + i)); });
      select(-1);
      expand(all.length > 0);
      more.hidden = !(page && found.total > found.results.length);
      status.textContent = input.value.trim() || found.total ? (found.total ? (found.about ? 'About ' : '') + found.total + (found.total === 1 ? ' result' : ' results') : 'No results') : '';
    }
    function run() {
      var mine = ++seq, query = input.value, options = { query: query, tag: tag && tag.value, year: year && year.value, limit: shown };
      if (page && history.replaceState) {
        var q = new URLSearchParams();
        ['query', 'tag', 'year'].forEach(function (k) { if (options[k]) q.set(k === 'query' ? 'q' : k, options[k]); });
        history.replaceState(null, '', '?' + q);
      }
      var t0 = performance.now();
      Promise.all([search(options), load('index.js').then(function (m) { return page && m ? comments(m, query) : []; })])
        .then(function (both) {
          if (mine !== seq) return;
          window.ColophonSearch.lastMs = performance.now() - t0;
          show(both[0], both[1]);
        });
    }
    input.addEventListener('input', function () { shown = page ? 10 : 6; clearTimeout(timer); timer = setTimeout(run, 30); });
    [tag, year].forEach(function (s) { if (s) s.addEventListener('change', function () { shown = 10; run(); }); });
    input.addEventListener('keydown', function (e) {
      var n = options().length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (n) { expand(true); select((active + (e.key === 'ArrowDown' ? 1 : n - 1 + (active < 0 ? 1 : 0))) % n); }
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        location.href = options()[active].querySelector('a').href;
      } else if (e.key === 'Escape') {
        if (input.getAttribute('aria-expanded') === 'true' && !page) expand(false);
        else input.value = '';
        select(-1);
      }
    });
    form.addEventListener('submit', function (e) { if (page) { e.preventDefault(); run(); } });
    if (!page) input.addEventListener('blur', function () { setTimeout(function () { expand(false); }, 100); });
    if (page) {
      var params = new URLSearchParams(location.search);
      input.value = params.get('q') || '';
      load('index.js').then(function (meta) {
        if (!meta) return;
        meta.tags.forEach(function (t) { if (tag) tag.appendChild(el('option', { value: t[1] }, t[0] + ' (' + t[2] + ')')); });
        meta.years.slice().reverse().forEach(function (y) { if (year) year.appendChild(el('option', { value: String(y[0]) }, y[0] + ' (' + y[1] + ')')); });
        if (tag) tag.value = params.get('tag') || '';
        if (year) year.value = params.get('year') || '';
        if (input.value || (tag && tag.value) || (year && year.value)) run();
      });
    } else if (input.value && document.activeElement === input) run();
  }

  window.ColophonSearch = { search: search, tokens: tokens, root: root };
  // The theme's styles for results, fetched with the client rather than by every page.
  var css = el('link', { rel: 'stylesheet', href: root + 'css/search.css' });
  document.head.insertBefore(css, document.head.querySelector('link[rel=stylesheet]'));
  document.querySelectorAll('form[data-search-root]').forEach(enhance);
})();
