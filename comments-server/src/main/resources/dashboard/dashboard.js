/* Colophon dashboard: logs in, then reads the admin API. Comment HTML comes sanitized from the
   server; everything else is inserted as text. */
(function () {
  'use strict';
  var csrf = '';
  var summary = null;
  var sortKey = 'views';
  var sortDescending = true;
  var folder = 'pending';
  var site = ''; // the site's origin, for links to each page
  var dateTime = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  function when(ms) { return new Date(ms).toLocaleString(document.documentElement.lang, dateTime); }
  var $ = function (id) { return document.getElementById(id); };

  function el(name, attrs, children) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function api(method, path, body) {
    var headers = { 'X-CSRF-Token': csrf };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { showLogin(); throw new Error('Please log in.'); }
        if (r.status === 204) return null;
        return r.json().then(function (j) { if (!r.ok) throw new Error(j.message || r.status); return j; });
      });
  }

  function say(text) { $('status').textContent = text; }

  function showLogin() {
    $('app').hidden = true;
    $('controls').hidden = true;
    $('login').hidden = false;
    $('password').focus();
    fetch('/api/v1/admin/login', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (j) {
      if (j.password) return;
      $('no-password').textContent = j.message;
      $('no-password').hidden = false;
      $('password').disabled = true;
      $('login-submit').disabled = true;
    }).catch(function () { /* the form still works; a wrong password says so */ });
  }

  function start() {
    $('login').hidden = true;
    $('app').hidden = false;
    $('controls').hidden = false;
    load();
  }

  function days() { return $('days').value; }

  function load() {
    $('csv').href = '/api/v1/admin/stats/posts.csv?days=' + days();
    api('GET', '/api/v1/admin/stats?days=' + days()).then(function (s) {
      summary = s;
      totals(s);
      chart($('chart'), s.series, s.granularity);
      posts();
      referrers(s.referrers);
    }).catch(function (e) { say(e.message); });
    comments(folder, $('queue'), 100, null, true);
    comments('approved', $('recent'), 15);
    fediverse();
  }

  function count(n, one, many) {
    return n + ' ' + (n === 1 ? one : many || one + 's');
  }

  /* Followers on the fediverse, with a button to remove one (its server hears a Reject). */
  function fediverse() {
    api('GET', '/api/v1/admin/fediverse').then(function (f) {
      $('fediverse-summary').textContent = f.account + ' · ' + count(f.stats.followers, 'follower') + ' · ' +
        count(f.stats.boosts, 'boost') + ' · ' + count(f.stats.likes, 'like') + ' · ' + count(f.stats.replies, 'reply', 'replies');
      return api('GET', '/api/v1/admin/fediverse/followers?limit=100');
    }).then(function (list) {
      var box = $('followers');
      box.textContent = '';
      list.followers.forEach(function (f) {
        var remove = el('button', { type: 'button' }, ['Remove']);
        remove.addEventListener('click', function () {
          api('DELETE', '/api/v1/admin/fediverse/followers?actor=' + encodeURIComponent(f.actor)).then(fediverse)
            .catch(function (e) { say(e.message); });
        });
        box.appendChild(el('li', {}, [el('a', { href: f.actor, rel: 'noopener' }, [f.handle]), ' ', remove]));
      });
    }).catch(function (e) { say(e.message); });
  }

  function totals(s) {
    var box = $('totals');
    box.textContent = '';
    var before = s.previous || {};
    [['Views', s.views, before.views], ['Unique visitors', s.visitors, before.visitors], ['Comments', s.comments, before.comments],
      ['Reactions', s.reactions], ['Shares', s.shares || 0]].forEach(function (t) {
      box.appendChild(el('div', { 'data-total': t[0] }, [el('dt', {}, [t[0]]), el('dd', {}, [t[1].toLocaleString()]),
        t[2] == null ? null : el('dd', { 'class': 'change' }, [change(t[1], t[2])])]));
    });
  }

  /* "+25 % on the period before", "new", "no change". */
  function change(now, before) {
    if (!before) return now ? 'new this period' : 'none before either';
    var pct = Math.round(100 * (now - before) / before);
    return (pct > 0 ? '+' : pct < 0 ? '−' : '±') + Math.abs(pct) + ' % on the period before (' + before.toLocaleString() + ')';
  }

  /* A line chart in SVG: views and comments per day (or month), with axes, a legend and a tooltip per point. */
  /* Drawn at the box's own width, so that its labels stay 12 px at 390 px as at 1280 (and again on resize). */
  function chart(box, series, granularity) {
    box.drawn = function () { chart(box, series, granularity); };
    var ns = 'http://www.w3.org/2000/svg';
    var width = Math.max(260, Math.round((box.clientWidth || 824) - 24)), height = width < 500 ? 180 : 220;
    var left = 40, right = 10, top = 12, bottom = 26;
    var max = niceMax(Math.max(1, Math.max.apply(null, series.map(function (p) { return Math.max(p.views, p.comments); }))));
    var plotW = width - left - right, plotH = height - top - bottom;
    var x = function (i) { return left + (series.length < 2 ? plotW / 2 : plotW * i / (series.length - 1)); };
    var y = function (v) { return top + plotH - plotH * v / max; };
    function node(name, attrs, text) {
      var n = document.createElementNS(ns, name);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text != null) n.textContent = text;
      return n;
    }
    var svg = node('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'line-chart' });
    var total = series.reduce(function (a, p) { return a + p.views; }, 0);
    svg.setAttribute('aria-label', 'Views per ' + granularity + ': ' + total + ' in all');
    [0, max / 2, max].forEach(function (v) {
      svg.appendChild(node('line', { 'class': 'grid', x1: left, x2: width - right, y1: y(v), y2: y(v) }));
      svg.appendChild(node('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, Math.round(v).toLocaleString()));
    });
    var ticks = series.length < 2 ? [0] : width < 500 ? [0, series.length - 1]
      : [0, Math.floor((series.length - 1) / 2), series.length - 1];
    ticks.forEach(function (i) {
      if (!series[i]) return;
      svg.appendChild(node('text', { x: x(i), y: height - 6, 'text-anchor': i === 0 ? 'start' : i === series.length - 1 ? 'end' : 'middle' },
        shortDate(series[i].label)));
    });
    ['views', 'comments'].forEach(function (key) {
      var points = series.map(function (p, i) { return x(i) + ',' + y(p[key]); }).join(' ');
      svg.appendChild(node('polyline', { 'class': key, points: points, fill: 'none' }));
    });
    var step = plotW / Math.max(1, series.length - 1);
    series.forEach(function (p, i) {
      var hit = node('rect', { 'class': 'hit', x: x(i) - step / 2, y: top, width: Math.max(step, 4), height: plotH });
      hit.appendChild(node('title', {}, longDate(p.label) + ': ' + p.views + ' views, ' + p.visitors + ' visitors, ' +
        p.comments + ' comments, ' + (p.shares || 0) + ' shares'));
      svg.appendChild(hit);
      if (series.length <= 31) svg.appendChild(node('circle', { 'class': 'views', cx: x(i), cy: y(p.views), r: 2.5 }));
    });
    var legend = el('p', { 'class': 'legend' }, [el('span', { 'class': 'key views' }, ['Views']), ' ',
      el('span', { 'class': 'key comments' }, ['Comments'])]);
    box.textContent = '';
    box.appendChild(svg);
    box.appendChild(legend);
  }

  function niceMax(v) {
    var magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * magnitude >= v) return Math.max(2, steps[i] * magnitude);
    return v;
  }

  /* Dates as the site's language writes them (the page's lang), "2026-11-02" or "2026-11". */
  function asDate(label) {
    var parts = String(label).split('-').map(Number);
    return parts.length >= 2 ? new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1)) : null;
  }
  function shortDate(label) {
    var d = asDate(label), monthly = String(label).length <= 7;
    return d ? d.toLocaleDateString(document.documentElement.lang, monthly ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' }) : label;
  }
  function longDate(label) {
    var d = asDate(label), monthly = String(label).length <= 7;
    return d ? d.toLocaleDateString(document.documentElement.lang, monthly ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : label;
  }

  function posts() {
    var rows = summary.posts.slice().sort(function (a, b) {
      var x = a[sortKey] == null ? '' : a[sortKey], y = b[sortKey] == null ? '' : b[sortKey];
      var order = x < y ? -1 : x > y ? 1 : 0;
      return sortDescending ? -order : order;
    });
    var body = document.querySelector('#posts tbody');
    body.textContent = '';
    rows.forEach(function (row) {
      var link = el('a', { href: '#' }, [row.title || row.page]);
      link.addEventListener('click', function (event) { event.preventDefault(); detail(row.page, row.title); });
      body.appendChild(el('tr', {}, [
        el('td', {}, [link, row.title ? el('span', { 'class': 'path' }, [row.page]) : null]), el('td', { 'class': 'n' }, [String(row.views)]), el('td', { 'class': 'n' }, [String(row.visitors)]),
        el('td', { 'class': 'n' }, [String(row.comments)]), el('td', { 'class': 'n' }, [String(row.reactions)]),
        el('td', { 'class': 'n' }, [String(row.shares || 0)]),
        el('td', {}, [row.lastComment ? when(row.lastComment) : '–'])]));
    });
    document.querySelectorAll('#posts th').forEach(function (th) {
      var key = th.querySelector('button').getAttribute('data-sort');
      th.setAttribute('aria-sort', key === sortKey ? (sortDescending ? 'descending' : 'ascending') : 'none');
    });
  }

  function detail(page, title) {
    $('detail').hidden = false;
    $('detail-title').textContent = title ? title + ' (' + page + ')' : page;
    api('GET', '/api/v1/admin/stats/page?days=30&page=' + encodeURIComponent(page)).then(function (d) {
      chart($('detail-chart'), d.series, 'day');
    }).catch(function (e) { say(e.message); });
    comments('all', $('detail-comments'), 100, page);
    $('detail').scrollIntoView();
  }

  function referrers(list) {
    var box = $('referrers');
    box.textContent = '';
    if (!list.length) box.appendChild(el('li', {}, ['No referrers yet.']));
    list.forEach(function (r) { box.appendChild(el('li', {}, [(r.referrer || 'direct') + ' — ' + r.views])); });
  }

  /* The spam filter's score and what weighed most in it, for the moderator to judge. */
  function spamInfo(c) {
    if (c.spamScore == null) return null;
    var reasons = (c.spamReasons || []).filter(function (r) { return r.weight !== 0 || r.signal === 'word'; });
    var list = el('ul', {}, reasons.map(function (r) {
      return el('li', {}, [(r.weight ? (r.weight > 0 ? '+' : '') + r.weight.toFixed(1) + ' ' : '') + r.signal + ': ' + r.detail]);
    }));
    return el('details', { 'class': 'spam' }, [el('summary', {}, ['Spam score ' + c.spamScore.toFixed(2)]), list]);
  }

  function selected() {
    return Array.prototype.map.call(document.querySelectorAll('#queue input[name=pick]:checked'), function (i) { return Number(i.value); });
  }

  function bulk(action) {
    var ids = selected();
    if (!ids.length) { say('Select comments first.'); return; }
    api('POST', '/api/v1/admin/comments/bulk', { action: action, ids: ids })
      .then(function (j) { say(j.done + ' comments: ' + action + ' done.'); $('select-all').checked = false; load(); })
      .catch(function (e) { say(e.message); });
  }

  function showFolder(name) {
    folder = name;
    document.querySelectorAll('.folders button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-folder') === name)); });
    document.querySelector('[data-bulk=approve]').hidden = name === 'spam';
    document.querySelector('[data-bulk=not-spam]').hidden = name !== 'spam';
    document.querySelector('[data-bulk=spam]').hidden = name === 'spam';
    $('select-all').checked = false;
    comments(folder, $('queue'), 100, null, true);
  }

  function comments(status, box, limit, page, selectable) {
    var query = '/api/v1/admin/comments?status=' + status + '&limit=' + limit + (page ? '&page=' + encodeURIComponent(page) : '');
    api('GET', query).then(function (json) {
      box.textContent = '';
      if (!json.comments.length) box.appendChild(el('li', {}, [status === 'pending' ? 'Nothing awaits moderation.' : status === 'spam' ? 'No spam.' : 'No comments.']));
      if (status === 'pending' && !page) $('queue-count').textContent = json.comments.length ? String(json.comments.length) : '';
      json.comments.forEach(function (c) {
        var body = el('div', { 'class': 'body' });
        body.innerHTML = c.html; // sanitized by the server when the comment was saved
        var actions = el('p', { 'class': 'actions' });
        [['approve', 'Approve'], ['not-spam', 'Not spam'], ['reject', 'Reject'], ['spam', 'Spam'], ['delete', 'Delete']].forEach(function (a) {
          if (a[0] === 'approve' && (c.status === 'approved' || c.status === 'spam')) return;
          if ((a[0] === 'not-spam') !== (c.status === 'spam') && (a[0] === 'not-spam' || a[0] === 'spam')) return;
          var button = el('button', { type: 'button', 'data-action': a[0] }, [a[1]]);
          button.addEventListener('click', function () { moderate(c, a[0]); });
          actions.appendChild(button);
        });
        if (c.status === 'approved') actions.appendChild(replyButton(c, actions));
        var pick = selectable ? el('input', { type: 'checkbox', name: 'pick', value: String(c.id), 'aria-label': 'Select comment ' + c.id }) : null;
        box.appendChild(el('li', { 'data-comment': String(c.id) }, [
          el('p', { 'class': 'meta' }, [pick, c.author + (c.email ? ' <' + c.email + '>' : '') +
            (c.handle ? ' (' + c.handle + ', from the fediverse)' : '') + ' on ',
            el('a', { href: site + c.page + '#comment-' + c.id, title: c.page }, [c.title || c.page]), ' · ' + when(c.createdAt) + ' · ' + c.status,
            c.source ? ' · ' : null, c.source ? el('a', { href: c.source, rel: 'noopener nofollow' }, ['webmention from ' + new URL(c.source).host]) : null]),
          body, spamInfo(c), actions]));
      });
    }).catch(function (e) { say(e.message); });
  }

  /* The owner answers in the thread: posted with this session, so it is published and marked "author". */
  function replyButton(c, actions) {
    var button = el('button', { type: 'button', 'data-action': 'reply' }, ['Reply']);
    button.addEventListener('click', function () {
      button.hidden = true;
      var name = el('input', { name: 'name', 'aria-label': 'Your name', value: localStorage.getItem('colophon-owner-name') || 'Author' });
      var text = el('textarea', { name: 'reply', rows: '3', 'aria-label': 'Reply to ' + c.author });
      var form = el('form', { 'class': 'reply' }, [name, text, el('button', { type: 'submit' }, ['Send reply'])]);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        localStorage.setItem('colophon-owner-name', name.value);
        api('POST', '/api/v1/comments', { page: c.page, site: c.site, parent: c.id, author: name.value, body: text.value })
          .then(function () { say('Reply posted on ' + (c.title || c.page) + '.'); load(); })
          .catch(function (e) { say(e.message); });
      });
      actions.appendChild(form);
      text.focus();
    });
    return button;
  }

  function moderate(c, action) {
    var request = action === 'delete' ? api('DELETE', '/api/v1/admin/comments/' + c.id)
      : api('POST', '/api/v1/admin/comments/' + c.id + '/' + action, {});
    request.then(function () { say('Comment ' + c.id + ': ' + action + ' done.'); load(); })
      .catch(function (e) { say(e.message); });
  }

  function init() {
    var resizing;
    window.addEventListener('resize', function () {
      cancelAnimationFrame(resizing);
      resizing = requestAnimationFrame(function () {
        ['chart', 'detail-chart'].forEach(function (id) { if ($(id).drawn) $(id).drawn(); });
      });
    });
    fetch('/admin/site.json').then(function (r) { return r.json(); }).then(function (j) { site = j.site || ''; })
      .catch(function () { /* links stay relative */ });
    $('login').addEventListener('submit', function (event) {
      event.preventDefault();
      fetch('/api/v1/admin/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
        body: JSON.stringify({ password: $('password').value }) })
        .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.message); return j; }); })
        .then(function (j) { csrf = j.csrf; $('password').value = ''; say(''); start(); })
        .catch(function (e) { say(e.message); });
    });
    $('logout').addEventListener('click', function () { api('POST', '/api/v1/admin/logout', {}).then(showLogin); });
    $('days').addEventListener('change', load);
    document.querySelectorAll('.folders button').forEach(function (b) {
      b.addEventListener('click', function () { showFolder(b.getAttribute('data-folder')); });
    });
    document.querySelectorAll('[data-bulk]').forEach(function (b) {
      b.addEventListener('click', function () { bulk(b.getAttribute('data-bulk')); });
    });
    $('select-all').addEventListener('change', function () {
      document.querySelectorAll('#queue input[name=pick]').forEach(function (i) { i.checked = $('select-all').checked; });
    });
    document.querySelectorAll('#posts th button').forEach(function (b) {
      b.addEventListener('click', function () {
        var key = b.getAttribute('data-sort');
        sortDescending = key === sortKey ? !sortDescending : key !== 'page';
        sortKey = key;
        posts();
      });
    });
    fetch('/api/v1/admin/session', { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { showLogin(); return; }
      return r.json().then(function (j) { csrf = j.csrf; start(); });
    }).catch(showLogin);
  }

  init();
})();
