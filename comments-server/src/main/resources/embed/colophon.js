/* Colophon comments: threaded comments and engagement for one page. Vanilla JS, no cookies.
   Configured by data- attributes on its <script> tag; everything a reader wrote is inserted as
   server-sanitized HTML or as text, never evaluated. */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      comments: ['{n} comment', '{n} comments'], likes: ['{n} like', '{n} likes'], views: ['{n} view', '{n} views'],
      name: 'Name', email: 'Email (optional, never shown)', website: 'Website (optional)', body: 'Comment (Markdown)',
      remember: 'Remember me on this device', feed: 'Comments feed', notify: 'Email me replies (needs your email; we ask you to confirm it once)', post: 'Post comment', preview: 'Preview', edit: 'Edit', save: 'Save',
      cancel: 'Cancel', reply: 'Reply', del: 'Delete', confirmDel: 'Really delete?', like: 'Like', likePage: 'Like this page',
      sort: 'Sort', oldest: 'Oldest', newest: 'Newest', top: 'Top', more: 'Load more comments',
      showReplies: ['Show {n} reply', 'Show {n} replies'], hideReplies: 'Hide replies', anonymous: 'Anonymous',
      pending: 'awaiting moderation', posted: 'Comment posted.', postedPending: 'Comment posted; it appears to others once approved.',
      deleted: 'Comment deleted.', removed: 'This comment was removed.', empty: 'No comments yet. Be the first.',
      loading: 'Loading comments…', down: 'Comments are unavailable right now. The page is fine; try again later.',
      failed: 'Could not send: {m}', write: 'Leave a comment', replyTo: 'Reply to {a}', edited: 'edited', leaveEmpty: 'Leave this empty',
      repliedOn: 'replied on {s}', shares: ['{n} share', '{n} shares'], like_: 'liked', repost: 'reposted', author: 'author',
      now: 'just now', ago: '{n} ago', units: 'minute|minutes|hour|hours|day|days|month|months|year|years'
    },
    de: {
      comments: ['{n} Kommentar', '{n} Kommentare'], likes: ['{n} Like', '{n} Likes'], views: ['{n} Aufruf', '{n} Aufrufe'],
      name: 'Name', email: 'E-Mail (optional, nie angezeigt)', website: 'Website (optional)', body: 'Kommentar (Markdown)',
      remember: 'Auf diesem Gerät merken', feed: 'Kommentar-Feed', notify: 'Antworten per E-Mail (E-Mail nötig, einmal zu bestätigen)', post: 'Kommentar senden', preview: 'Vorschau', edit: 'Bearbeiten', save: 'Speichern',
      cancel: 'Abbrechen', reply: 'Antworten', del: 'Löschen', confirmDel: 'Wirklich löschen?', like: 'Gefällt mir',
      likePage: 'Diese Seite gefällt mir', sort: 'Sortierung', oldest: 'Älteste', newest: 'Neueste', top: 'Beliebteste',
      more: 'Weitere Kommentare laden', showReplies: ['{n} Antwort zeigen', '{n} Antworten zeigen'], hideReplies: 'Antworten verbergen',
      anonymous: 'Anonym', pending: 'wartet auf Freigabe', posted: 'Kommentar gesendet.',
      postedPending: 'Kommentar gesendet; andere sehen ihn nach der Freigabe.', deleted: 'Kommentar gelöscht.',
      removed: 'Dieser Kommentar wurde entfernt.', empty: 'Noch keine Kommentare.', loading: 'Kommentare werden geladen…',
      down: 'Kommentare sind gerade nicht erreichbar. Die Seite selbst ist in Ordnung.', failed: 'Senden fehlgeschlagen: {m}',
      write: 'Kommentar schreiben', replyTo: 'Antwort an {a}', edited: 'bearbeitet', leaveEmpty: 'Bitte leer lassen',
      repliedOn: 'antwortete auf {s}', shares: ['{n}-mal geteilt', '{n}-mal geteilt'], like_: 'gefällt', repost: 'teilte',
      author: 'Autor', now: 'gerade eben', ago: 'vor {n}', units: 'Minute|Minuten|Stunde|Stunden|Tag|Tagen|Monat|Monaten|Jahr|Jahren'
    }
  };
  var TIMEOUT_MS = 8000;
  var PAGE_SIZE = 50;
  var SLICE = 10; // top-level comments drawn per task: a long thread never blocks the page for long
  var script = document.currentScript;

  function init(tag) {
    var data = (tag && tag.dataset) || {};
    var src = (tag && tag.src) || '';
    var config = {
      server: (data.colophonServer || src.replace(/\/embed\/[^/]*$/, '')).replace(/\/+$/, ''),
      page: data.page || location.pathname,
      site: data.site || '',
      lang: STRINGS[data.lang] ? data.lang : 'en',
      sort: data.sort || 'oldest',
      theme: data.theme || 'auto',
      views: data.views || 'on',
      publicViews: data.viewsPublic || 'on',
      css: data.css || src.replace(/\.js(\?.*)?$/, '.css')
    };
    var t = STRINGS[config.lang];
    var host = document.querySelector('[data-colophon-thread]');
    if (host && host.getAttribute('data-colophon-thread')) config.page = host.getAttribute('data-colophon-thread');
    countView(config);
    // each request's first call costs the page several milliseconds: one task each
    return pause().then(function () {
      var counts = document.querySelectorAll('[data-colophon-count]');
      if (counts.length) loadCounts(config, t, counts);
      return pause();
    }).then(function () {
      document.querySelectorAll('[data-colophon-share]').forEach(function (node) { shareControls(config, node); });
      return host && near(host).then(function () {
        stylesheet(config);
        return new Thread(config, t, host);
      });
    });
  }

  /* The thread is drawn when its section comes within a screen of the viewport, or at once for a
     link to a comment: a reader who never scrolls down pays only for the beacon and the counts. */
  function near(host) {
    var linked = /^#comment-\d+$/;
    return new Promise(function (resolve) {
      if (!window.IntersectionObserver || linked.test(location.hash)) return resolve();
      var watch = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) start();
      }, { rootMargin: '0px 0px 100% 0px' });
      function start() {
        watch.disconnect();
        removeEventListener('hashchange', onHash);
        resolve();
      }
      function onHash() { if (linked.test(location.hash)) start(); }
      addEventListener('hashchange', onHash);
      watch.observe(host);
    });
  }

  function stylesheet(config) {
    if (!config.css || document.querySelector('link[data-colophon-css]')) return;
    var link = el('link', { rel: 'stylesheet', href: config.css, 'data-colophon-css': true });
    document.head.appendChild(link);
  }

  /* A later task: the browser paints and answers the reader in between. */
  function pause() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  /* One view per page load, no cookies or identifiers; not a reload, nor a page with data-views="off". */
  function countView(config) {
    if (!navigator.sendBeacon || window.__colophonCounted === config.page || config.views === 'off') return;
    var nav = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    if (nav && nav.type === 'reload') return;
    window.__colophonCounted = config.page;
    var utm = /[?&]utm_source=([^&#]*)/.exec(location.search);
    navigator.sendBeacon(config.server + '/api/v1/views', JSON.stringify({
      page: config.page, site: config.site || null, referrer: document.referrer || null,
      utm: utm ? decodeURIComponent(utm[1]) : null, title: document.title || null
    }));
  }

  /* ---------- small helpers ---------- */

  /* The share code loads on first use, from the comment server: pages that nobody shares pay nothing. */
  function shareControls(config, node) {
    var button = node.querySelector('.share-open');
    var loaded;
    function run(then) {
      loaded = loaded || new Promise(function (resolve, reject) {
        var tag = el('script', { src: config.server + '/embed/share.js' });
        tag.onload = function () { resolve(window.ColophonShare); };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
      loaded.then(then).catch(function () { /* sharing by the plain links still works */ });
    }
    if (button) {
      button.hidden = false;
      button.addEventListener('click', function () { run(function (share) { share.open(config, node); }); });
    }
    node.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[data-share]');
      if (link) run(function (share) { share.count(config, link.getAttribute('data-share')); });
    });
  }

  function el(name, attrs, children) {
    var node = document.createElement(name);
    for (var key in attrs || {}) {
      if (attrs[key] === true) node.setAttribute(key, '');
      else if (attrs[key] != null && attrs[key] !== false) node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) {
      if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function fmt(text, values) {
    return text.replace(/\{(\w)\}/g, function (_, k) { return values[k]; });
  }

  function plural(forms, n) {
    return fmt(forms[n === 1 ? 0 : 1], { n: n });
  }

  function store(key, value) {
    try {
      if (value === undefined) return JSON.parse(localStorage.getItem('colophon:' + key) || 'null');
      if (value === null) localStorage.removeItem('colophon:' + key);
      else localStorage.setItem('colophon:' + key, JSON.stringify(value));
    } catch (e) { /* storage disabled: the widget works without memory */ }
    return null;
  }

  var loadedAt = Date.now(); // the time from here to a submit is a spam signal: bots post at once

  // The server's proof of work, when it asks for one (proof_of_work: true), ALTCHA-style: find the
  // number up to maxnumber whose SHA-256 with the salt is the challenge. Null when it asks for none.
  function solve(config) {
    return request(config, 'GET', '/api/v1/challenge').then(function (c) {
      if (!c.challenge || !window.crypto || !crypto.subtle) return null;
      var enc = new TextEncoder();
      function hex(buf) { return Array.prototype.map.call(new Uint8Array(buf), function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
      function batch(from) {
        if (from > c.maxnumber) return null;
        var tries = [];
        for (var n = from; n < from + 500 && n <= c.maxnumber; n++) tries.push(crypto.subtle.digest('SHA-256', enc.encode(c.salt + n)));
        return Promise.all(tries).then(function (hashes) {
          for (var i = 0; i < hashes.length; i++) {
            if (hex(hashes[i]) === c.challenge) return { algorithm: c.algorithm, challenge: c.challenge, salt: c.salt, signature: c.signature, number: from + i };
          }
          return batch(from + 500);
        });
      }
      return batch(0);
    }).catch(function () { return null; });
  }

  function request(config, method, path, body, headers) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    var options = { method: method, headers: headers || {}, signal: controller && controller.signal,
      credentials: path === '/api/v1/comments' && method === 'POST' ? 'same-origin' : 'omit' };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(config.server + path, options).then(function (response) {
      clearTimeout(timer);
      if (response.status === 204) return null;
      return response.json().then(function (json) {
        if (!response.ok) {
          var error = new Error(json.message || String(response.status));
          error.status = response.status;
          error.code = json.error;
          throw error;
        }
        return json;
      });
    }, function (error) {
      clearTimeout(timer);
      throw error;
    });
  }

  function query(config, params) {
    var parts = [];
    for (var key in params) if (params[key] !== '' && params[key] != null) parts.push(key + '=' + encodeURIComponent(params[key]));
    if (config.site) parts.push('site=' + encodeURIComponent(config.site));
    return parts.join('&');
  }

  /* "3 days ago" from the strings, not Intl: a page's first Intl object costs tens of milliseconds. */
  function relative(iso, t) {
    var seconds = (Date.now() - Date.parse(iso)) / 1000;
    var sizes = [31536000, 2592000, 86400, 3600, 60], names = t.units.split('|');
    for (var i = 0; i < sizes.length; i++) {
      var n = Math.round(seconds / sizes[i]);
      if (seconds >= sizes[i]) return fmt(t.ago, { n: n + ' ' + names[8 - 2 * i + (n === 1 ? 0 : 1)] });
    }
    return t.now;
  }

  function loadCounts(config, t, nodes) {
    var pages = [];
    nodes.forEach(function (node) {
      var page = node.getAttribute('data-colophon-count');
      if (pages.indexOf(page) < 0) pages.push(page);
    });
    var path = '/api/v1/counts?' + pages.map(function (p) { return 'page=' + encodeURIComponent(p); }).join('&') +
      (config.site ? '&site=' + encodeURIComponent(config.site) : '');
    request(config, 'GET', path).then(function (json) {
      nodes.forEach(function (node) {
        var n = json.counts[node.getAttribute('data-colophon-count')] || 0;
        if (n > 0) node.textContent = plural(t.comments, n); // none: the link keeps its own words
      });
    }).catch(function () { /* counts are decoration: leave the links as they are */ });
  }

  /* ---------- the thread widget ---------- */

  function Thread(config, t, host) {
    this.config = config;
    this.t = t;
    this.offset = 0;
    this.sort = config.sort;
    this.own = store('own') || {};
    this.generation = 0;
    this.root = el('div', { 'class': 'colophon', lang: config.lang, 'data-theme': config.theme });
    this.status = el('p', { 'class': 'c-status', role: 'status', 'aria-live': 'polite' });
    this.stats = el('p', { 'class': 'c-stats' });
    this.list = el('ol', { 'class': 'c-list' });
    this.more = el('button', { type: 'button', 'class': 'c-more', hidden: true }, [t.more]);
    this.more.addEventListener('click', this.load.bind(this, false));
    this.root.appendChild(this.stats);
    this.root.appendChild(this.status);
    this.root.appendChild(this.list);
    this.root.appendChild(this.more);
    // the exact time in the reader's locale, made when they point at it (Intl only then)
    var lang = config.lang;
    function exact(event) {
      var link = event.target.closest && event.target.closest('.c-time');
      if (link && !link.title) link.title = new Date(link.firstChild.getAttribute('datetime')).toLocaleString(lang);
    }
    this.root.addEventListener('mouseover', exact);
    this.root.addEventListener('focusin', exact);
    host.textContent = '';
    host.appendChild(this.root);
    this.say(t.loading);
    var self = this;
    this.load(true); // the request goes out first; the form is drawn, in a task of its own, while it travels
    pause().then(function () {
      self.form = self.composer(null);
      self.root.insertBefore(self.form, self.list);
      self.root.insertBefore(self.toolbar(), self.list);
    });
  }

  Thread.prototype.say = function (text, isError) {
    this.status.textContent = text;
    this.status.className = 'c-status' + (isError ? ' c-error' : '');
  };

  Thread.prototype.load = function (fresh) {
    var self = this, generation = ++this.generation;
    if (fresh) this.offset = 0;
    var path = '/api/v1/comments?' + query(this.config, { page: this.config.page, sort: this.sort, offset: this.offset, limit: PAGE_SIZE });
    return request(this.config, 'GET', path).then(function (thread) {
      if (fresh) self.list.textContent = '';
      self.displayDepth = thread.displayDepth;
      self.replyEmails = thread.replyEmails; // offered only when the server can send them
      self.root.querySelectorAll('.c-notify').forEach(function (p) { p.hidden = !thread.replyEmails; });
      self.list.setAttribute('aria-busy', 'true');
      return self.draw(thread.comments, 0, generation).then(function () { return thread; });
    }).then(function (thread) {
      if (generation !== self.generation) return; // a newer load (another sort) took over
      self.list.removeAttribute('aria-busy');
      self.offset += thread.comments.length;
      self.more.hidden = !thread.hasMore;
      self.total = thread.total;
      self.reactions = thread.reactions;
      self.shares = thread.shares;
      self.faces = thread.faces || [];
      self.renderStats();
      self.loadViews();
      if (!thread.total) self.say(self.t.empty);
      else if (self.status.textContent === self.t.loading || self.status.textContent === self.t.empty) self.say('');
      if (fresh) self.showOwnPending();
      self.highlight();
    }).catch(function () {
      self.say(self.t.down, true);
    });
  };

  /* SLICE comments a task, unless a newer load has begun. */
  Thread.prototype.draw = function (comments, from, generation) {
    var self = this, to = Math.min(from + SLICE, comments.length);
    if (generation !== this.generation) return Promise.resolve();
    for (var i = from; i < to; i++) this.list.appendChild(this.item(comments[i], 0));
    return to < comments.length ? pause().then(function () { return self.draw(comments, to, generation); }) : Promise.resolve();
  };

  Thread.prototype.loadViews = function () {
    var self = this;
    request(this.config, 'GET', '/api/v1/stats?' + query(this.config, { page: this.config.page })).then(function (json) {
      self.views = json.stats[self.config.page].views;
      self.renderStats();
    }).catch(function () { /* views are decoration */ });
  };

  Thread.prototype.renderStats = function () {
    var t = this.t, self = this;
    var reacted = !!store('reacted:' + this.config.page);
    var button = el('button', { type: 'button', 'class': 'c-react', 'aria-pressed': reacted ? 'true' : 'false', title: t.likePage },
      [el('span', { 'aria-hidden': 'true' }, ['♥ ']), this.reactions ? plural(t.likes, this.reactions) : t.likePage]);
    button.addEventListener('click', function () {
      if (store('reacted:' + self.config.page)) return;
      request(self.config, 'POST', '/api/v1/reactions', { page: self.config.page, site: self.config.site || null }).then(function (json) {
        store('reacted:' + self.config.page, 1);
        self.reactions = json.reactions;
        self.renderStats();
      }).catch(function (e) { self.say(fmt(t.failed, { m: e.message }), true); });
    });
    this.stats.textContent = '';
    // zero counts are not shown
    this.stats.appendChild(el('span', { 'class': 'c-views', hidden: !this.views || this.config.publicViews === 'off' },
      [plural(t.views, this.views || 0)]));
    this.stats.appendChild(el('span', { 'class': 'c-count', hidden: !this.total }, [plural(t.comments, this.total || 0)]));
    this.stats.appendChild(button);
    if (this.shares) this.stats.appendChild(el('span', { 'class': 'c-shares' }, [' · ' + plural(t.shares, this.shares)]));
    var faces = el('span', { 'class': 'c-faces' });
    (this.faces || []).forEach(function (f) {
      var label = (f.name || new URL(f.url).host) + ' ' + (f.kind === 'like' ? t.like_ : t.repost);
      faces.appendChild(el('a', { href: f.url, title: label, rel: 'nofollow ugc noopener', 'class': 'c-face' },
        [f.avatar ? el('img', { src: self.config.server + f.avatar, alt: label, width: 24, height: 24 }) : label]));
    });
    if (faces.firstChild) this.stats.appendChild(faces);
  };

  Thread.prototype.toolbar = function () {
    var t = this.t, self = this;
    var select = el('select', { 'class': 'c-sort' }, ['oldest', 'newest', 'top'].map(function (s) {
      return el('option', { value: s, selected: s === self.sort }, [t[s]]);
    }));
    select.addEventListener('change', function () { self.sort = select.value; self.load(true); });
    var feed = el('a', { 'class': 'c-feed', type: 'application/atom+xml',
      href: this.config.server + '/api/v1/feed?' + query(this.config, { page: this.config.page }) }, [t.feed]);
    return el('div', { 'class': 'c-toolbar' }, [el('label', {}, [t.sort + ' ', select]), ' ', feed]);
  };

  Thread.prototype.item = function (c, depth) {
    var t = this.t, self = this;
    var own = this.own[c.id];
    var header = el('header', {}, [
      c.avatar ? el('img', { 'class': 'c-avatar', src: this.config.server + c.avatar, alt: '', width: 32, height: 32 })
        : c.deleted ? null : identicon(c.author || t.anonymous),
      c.deleted ? null : (c.website
        ? el('a', { 'class': 'c-author', href: c.website, rel: 'nofollow ugc noopener' }, [c.author || t.anonymous])
        : el('span', { 'class': 'c-author' }, [c.author || t.anonymous])),
      c.handle && !c.deleted ? el('span', { 'class': 'c-handle' }, [' ' + c.handle]) : null, // a reply from the fediverse
      c.owner ? el('span', { 'class': 'c-badge' }, [t.author]) : null,
      ' ',
      el('a', { 'class': 'c-time', href: '#comment-' + c.id }, [el('time', { datetime: c.created }, [relative(c.created, t)])]),
      c.edited ? el('span', { 'class': 'c-edited' }, [' · ' + t.edited]) : null,
      c.source ? el('a', { 'class': 'c-via', href: c.source, rel: 'nofollow ugc noopener' }, [' · ' + fmt(t.repliedOn, { s: new URL(c.source).host })]) : null,
      c.status === 'pending' ? el('span', { 'class': 'c-pending' }, [t.pending]) : null
    ]);
    var body = el('div', { 'class': 'c-body' });
    if (c.deleted) body.appendChild(el('p', { 'class': 'c-removed' }, [t.removed]));
    else body.innerHTML = c.html; // sanitized by the server's allowlist when the comment was saved
    var actions = el('footer', {});
    if (!c.deleted && c.status !== 'pending') {
      var like = el('button', { type: 'button', 'class': 'c-like', 'aria-pressed': store('liked:' + c.id) ? 'true' : 'false' });
      likeLabel(like, t, c.likes);
      like.addEventListener('click', function () { self.like(c, like); });
      var reply = el('button', { type: 'button', 'class': 'c-reply' }, [t.reply]);
      reply.addEventListener('click', function () { self.openReply(c, li); });
      actions.appendChild(like);
      actions.appendChild(reply);
    }
    if (own && Date.parse(own.until) > Date.now() && !c.deleted) {
      var edit = el('button', { type: 'button', 'class': 'c-edit' }, [t.edit]);
      edit.addEventListener('click', function () { self.edit(c, li, body); });
      var del = el('button', { type: 'button', 'class': 'c-delete' }, [t.del]);
      del.addEventListener('click', function () { self.remove(c, del); });
      actions.appendChild(edit);
      actions.appendChild(del);
    }
    var li = el('li', { 'class': 'c-comment', id: 'comment-' + c.id }, [el('article', {}, [header, body, actions])]);
    var replies = c.replies || [];
    if (replies.length) {
      var list = el('ol', { 'class': 'c-replies' });
      replies.forEach(function (r) { list.appendChild(self.item(r, depth + 1)); });
      if (depth + 1 === (this.displayDepth || 5)) {
        // Deep branches fold away so the page stays readable; one click opens them.
        list.hidden = true;
        var toggle = el('button', { type: 'button', 'class': 'c-toggle', 'aria-expanded': 'false' }, [plural(t.showReplies, replies.length)]);
        toggle.addEventListener('click', function () {
          list.hidden = !list.hidden;
          toggle.setAttribute('aria-expanded', String(!list.hidden));
          toggle.textContent = list.hidden ? plural(t.showReplies, replies.length) : t.hideReplies;
        });
        li.appendChild(toggle);
      }
      li.appendChild(list);
    }
    return li;
  };

  Thread.prototype.composer = function (parent) {
    var t = this.t, self = this, me = store('me') || {};
    var uid = 'c' + Math.random().toString(36).slice(2, 8);
    function field(name, label, type, value) {
      var input = el(type === 'textarea' ? 'textarea' : 'input', { id: uid + name, name: name, type: type === 'textarea' ? null : type, rows: type === 'textarea' ? 5 : null });
      if (value) input.value = value;
      return el('p', { 'class': 'c-field c-' + name }, [el('label', { 'for': uid + name }, [label]), input]);
    }
    var form = el('form', { 'class': 'c-form', novalidate: true }, [
      el('h3', {}, [parent ? fmt(t.replyTo, { a: parent.author || t.anonymous }) : t.write]),
      field('body', t.body, 'textarea'),
      field('author', t.name, 'text', me.author),
      field('email', t.email, 'email', me.email),
      field('website', t.website, 'url', me.website),
      el('p', { 'class': 'c-hp', 'aria-hidden': 'true' }, [el('label', {}, [t.leaveEmpty, el('input', { name: 'hp', tabindex: '-1', autocomplete: 'off' })])]),
      el('div', { 'class': 'c-preview', hidden: true }),
      el('p', { 'class': 'c-remember' }, [el('label', {}, [el('input', { type: 'checkbox', name: 'remember', checked: !!me.author || !!me.email }), ' ' + t.remember])]),
      el('p', { 'class': 'c-notify', hidden: !this.replyEmails }, [el('label', {}, [el('input', { type: 'checkbox', name: 'notify' }), ' ' + t.notify])]),
      el('p', { 'class': 'c-buttons' }, [
        el('button', { type: 'submit', 'class': 'c-submit' }, [t.post]),
        el('button', { type: 'button', 'class': 'c-preview-button' }, [t.preview]),
        parent ? el('button', { type: 'button', 'class': 'c-cancel' }, [t.cancel]) : null
      ])
    ]);
    form.addEventListener('focusin', function () { form.classList.add('c-open'); });
    form.addEventListener('submit', function (event) { event.preventDefault(); self.submit(form, parent); });
    form.addEventListener('focusin', function () { if (!self.pow) self.pow = solve(self.config); }); // in the background while they type
    form.querySelector('.c-preview-button').addEventListener('click', function () { self.preview(form); });
    var cancel = form.querySelector('.c-cancel');
    if (cancel) cancel.addEventListener('click', function () { self.closeReply(form); });
    return form;
  };

  Thread.prototype.preview = function (form) {
    var box = form.querySelector('.c-preview'), self = this;
    if (!box.hidden) { box.hidden = true; return; }
    request(this.config, 'POST', '/api/v1/preview', { body: form.elements.body.value }).then(function (json) {
      box.innerHTML = json.html; // sanitized by the server
      box.hidden = false;
    }).catch(function (e) { self.say(fmt(self.t.failed, { m: e.message }), true); });
  };

  Thread.prototype.submit = function (form, parent) {
    var t = this.t, self = this, f = form.elements;
    var comment = {
      page: this.config.page, site: this.config.site || null, body: f.body.value, author: f.author.value,
      email: f.email.value, website: f.website.value, parent: parent ? parent.id : null, hp: f.hp.value,
      notify: f.notify.checked, elapsed: Date.now() - loadedAt
    };
    store('me', f.remember.checked ? { author: f.author.value, email: f.email.value, website: f.website.value } : null);
    form.querySelector('.c-submit').disabled = true;
    function send(retry) {
      var pow = self.pow || solve(self.config);
      self.pow = null; // a solution is good once: the next comment solves a new one
      return pow.then(function (solution) {
        comment.pow = solution;
        return request(self.config, 'POST', '/api/v1/comments', comment);
      }).catch(function (e) {
        if (retry && e.code === 'challenge_failed') return send(false); // expired while they wrote: solve again
        throw e;
      });
    }
    send(true).then(function (posted) {
      self.own[posted.id] = { token: posted.token, page: self.config.page, until: posted.editableUntil };
      store('own', self.own);
      var node = self.item(Object.assign({ replies: [] }, posted), 0);
      if (parent) {
        var holder = form.parentNode;
        var list = holder.querySelector(':scope > .c-replies') || holder.appendChild(el('ol', { 'class': 'c-replies' }));
        list.hidden = false;
        list.appendChild(node);
        self.closeReply(form);
      } else {
        self.list.appendChild(node);
        f.body.value = '';
        form.querySelector('.c-preview').hidden = true;
      }
      if (posted.status === 'approved') { self.total = (self.total || 0) + 1; self.renderStats(); }
      self.say(posted.status === 'pending' ? t.postedPending : t.posted);
      node.setAttribute('tabindex', '-1');
      node.focus();
    }).catch(function (e) {
      self.say(fmt(t.failed, { m: e.message }), true);
      f.body.focus();
    }).then(function () { form.querySelector('.c-submit').disabled = false; });
  };

  Thread.prototype.openReply = function (parent, li) {
    if (this.replyForm) this.closeReply(this.replyForm);
    this.replyForm = this.composer(parent);
    li.insertBefore(this.replyForm, li.querySelector(':scope > .c-replies'));
    this.replyForm.elements.body.focus();
  };

  Thread.prototype.closeReply = function (form) {
    var button = form.parentNode && form.parentNode.querySelector('.c-reply');
    if (form.parentNode) form.parentNode.removeChild(form);
    if (this.replyForm === form) this.replyForm = null;
    if (button) button.focus();
  };

  /* A mirrored 5x5 identicon from a hash of the name, drawn here: no third party. */
  function identicon(name) {
    var h = 2166136261, d = '';
    for (var i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
    for (var c = 0; c < 15; c++) {
      if ((h >>> (c + 8)) & 1) d += 'M' + (c / 5 | 0) + ' ' + c % 5 + 'h1v1h-1zM' + (4 - (c / 5 | 0)) + ' ' + c % 5 + 'h1v1h-1z';
    }
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 5 5');
    svg.setAttribute('class', 'c-avatar');
    svg.setAttribute('aria-hidden', 'true');
    svg.innerHTML = '<path fill="hsl(' + h % 360 + ',50%,48%)" d="' + d + '"/>'; // numbers only
    return svg;
  }

  /* "♥ Like 3": the count only when there is one; the heart is decoration. */
  function likeLabel(button, t, likes) {
    button.textContent = '';
    button.appendChild(el('span', { 'aria-hidden': 'true' }, ['♥ ']));
    button.appendChild(document.createTextNode(t.like + (likes > 0 ? ' ' + likes : '')));
  }

  /* A like is remembered here and can be taken back. */
  Thread.prototype.like = function (c, button) {
    var self = this;
    var liked = button.getAttribute('aria-pressed') === 'true';
    request(this.config, liked ? 'DELETE' : 'POST', '/api/v1/comments/' + c.id + '/like').then(function (json) {
      likeLabel(button, self.t, json.likes);
      button.setAttribute('aria-pressed', liked ? 'false' : 'true');
      store('liked:' + c.id, liked ? null : 1);
    }).catch(function (e) { self.say(fmt(self.t.failed, { m: e.message }), true); });
  };

  Thread.prototype.edit = function (c, li, body) {
    var t = this.t, self = this, own = this.own[c.id];
    var area = el('textarea', { 'class': 'c-edit-body', rows: 5, 'aria-label': t.body });
    area.value = c.body || '';
    if (c.body == null) {
      request(this.config, 'GET', '/api/v1/comments/' + c.id, undefined, { 'X-Edit-Token': own.token })
        .then(function (mine) { area.value = mine.body; }).catch(function () { area.value = body.textContent; });
    }
    var save = el('button', { type: 'button', 'class': 'c-save' }, [t.save]);
    var cancel = el('button', { type: 'button', 'class': 'c-cancel' }, [t.cancel]);
    var editor = el('div', { 'class': 'c-editor' }, [area, save, cancel]);
    body.hidden = true;
    body.parentNode.insertBefore(editor, body.nextSibling);
    area.focus();
    cancel.addEventListener('click', function () { editor.remove(); body.hidden = false; });
    save.addEventListener('click', function () {
      request(self.config, 'PUT', '/api/v1/comments/' + c.id, { body: area.value }, { 'X-Edit-Token': own.token }).then(function (json) {
        c.body = area.value;
        body.innerHTML = json.html; // sanitized by the server
        editor.remove();
        body.hidden = false;
        body.focus();
      }).catch(function (e) { self.say(fmt(t.failed, { m: e.message }), true); });
    });
  };

  Thread.prototype.remove = function (c, button) {
    var t = this.t, self = this;
    if (!button.classList.contains('c-confirm')) {
      // A second click confirms: no browser dialog interrupts the reader.
      button.classList.add('c-confirm');
      button.textContent = t.confirmDel;
      return;
    }
    request(this.config, 'DELETE', '/api/v1/comments/' + c.id, undefined, { 'X-Edit-Token': this.own[c.id].token }).then(function () {
      delete self.own[c.id];
      store('own', self.own);
      self.say(t.deleted);
      self.load(true);
    }).catch(function (e) { self.say(fmt(t.failed, { m: e.message }), true); });
  };

  /* Comments awaiting moderation are shown to their author only: the server hides them from the
     thread, and the widget fetches them back with their tokens. */
  Thread.prototype.showOwnPending = function () {
    var self = this;
    Object.keys(this.own).forEach(function (id) {
      var own = self.own[id];
      if (own.page !== self.config.page || document.getElementById('comment-' + id)) return;
      request(self.config, 'GET', '/api/v1/comments/' + id, undefined, { 'X-Edit-Token': own.token }).then(function (c) {
        if (c.status !== 'pending' || document.getElementById('comment-' + id)) return;
        var parent = c.parent && document.getElementById('comment-' + c.parent);
        var list = parent ? (parent.querySelector(':scope > .c-replies') || parent.appendChild(el('ol', { 'class': 'c-replies' }))) : self.list;
        list.appendChild(self.item(Object.assign({ replies: [] }, c), 0));
      }).catch(function (e) {
        if (e.status === 404 || e.status === 403) { delete self.own[id]; store('own', self.own); }
      });
    });
  };

  Thread.prototype.highlight = function () {
    var match = /^#comment-(\d+)$/.exec(location.hash);
    var node = match && document.getElementById('comment-' + match[1]);
    if (!node) return;
    node.classList.add('c-target');
    node.scrollIntoView({ block: 'center' });
  };

  window.Colophon = { init: init, strings: STRINGS };
  if (script && !(script.dataset && script.dataset.manual !== undefined)) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { init(script); });
    else setTimeout(function () { init(script); }, 0); // a task of its own, apart from the script's compile and run
  }
})();
