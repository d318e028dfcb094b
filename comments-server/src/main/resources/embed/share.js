/* Colophon share controls, loaded by colophon.js on the first click of "Share". No third-party request:
   the Web Share API where the browser has it, else copy link, email and "share to Mastodon" (the reader's
   own instance, asked once and remembered only if they tick the box). Each share is counted, nothing else. */
(function () {
  'use strict';
  var KEY = 'colophon:mastodon';
  var T = {
    en: { copy: 'Copy link', copied: 'Link copied', email: 'Email', mastodon: 'Share to Mastodon', instance: 'Your Mastodon instance',
      remember: 'Remember my instance on this device', go: 'Share', close: 'Close', forget: 'Forget my instance' },
    de: { copy: 'Link kopieren', copied: 'Link kopiert', email: 'E-Mail', mastodon: 'Auf Mastodon teilen', instance: 'Deine Mastodon-Instanz',
      remember: 'Instanz auf diesem Gerät merken', go: 'Teilen', close: 'Schließen', forget: 'Instanz vergessen' }
  };

  function el(name, attrs, children) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] != null) node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function count(config, channel) {
    if (!config.server) return;
    fetch(config.server + '/api/v1/shares', {
      method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ page: config.page, site: config.site || null, channel: channel })
    }).catch(function () { /* a lost count never blocks a share */ });
  }

  function remembered() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function instanceHost(value) {
    var host = String(value || '').trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^@?[^@]*@/, '');
    return /^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?$/i.test(host) ? host : null;
  }

  function mastodon(config, root, url, title, t) {
    var saved = remembered();
    function go(host, keep) {
      try { if (keep) localStorage.setItem(KEY, host); } catch (e) { /* private mode: not remembered */ }
      count(config, 'mastodon');
      window.open('https://' + host + '/share?text=' + encodeURIComponent(title + ' ' + url), '_blank', 'noopener');
    }
    if (saved) return go(saved, false);
    var input = el('input', { type: 'text', name: 'instance', placeholder: 'mastodon.social', 'aria-label': t.instance, required: '' });
    var keep = el('input', { type: 'checkbox', name: 'remember' });
    var form = el('form', { 'class': 'share-mastodon' }, [el('label', {}, [t.instance + ' ', input]), ' ',
      el('label', {}, [keep, ' ' + t.remember]), ' ', el('button', { type: 'submit' }, [t.go])]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var host = instanceHost(input.value);
      if (!host) { input.setCustomValidity('example: mastodon.social'); input.reportValidity(); return; }
      go(host, keep.checked);
      form.remove();
    });
    root.appendChild(form);
    input.focus();
  }

  function panel(config, root, url, title, t) {
    var old = root.querySelector('.share-panel');
    if (old) { old.remove(); return; }
    var status = el('span', { role: 'status', 'class': 'share-status' });
    var copy = el('button', { type: 'button' }, [t.copy]);
    copy.addEventListener('click', function () {
      var done = function () { status.textContent = t.copied; count(config, 'copy'); };
      if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, function () { window.prompt(t.copy, url); done(); });
      else { window.prompt(t.copy, url); done(); }
    });
    var mail = el('a', { href: 'mailto:?subject=' + encodeURIComponent(title) + '&body=' + encodeURIComponent(url) }, [t.email]);
    mail.addEventListener('click', function () { count(config, 'email'); });
    var masto = el('button', { type: 'button' }, [t.mastodon]);
    masto.addEventListener('click', function () { mastodon(config, box, url, title, t); });
    var box = el('div', { 'class': 'share-panel' }, [copy, ' ', mail, ' ', masto, ' ', status]);
    if (remembered()) {
      var forget = el('button', { type: 'button' }, [t.forget]);
      forget.addEventListener('click', function () { try { localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ } forget.remove(); });
      box.appendChild(forget);
    }
    root.appendChild(box);
  }

  function open(config, root) {
    var t = T[config.lang] || T.en;
    var url = root.getAttribute('data-url') || location.href;
    var title = root.getAttribute('data-title') || document.title;
    if (navigator.share) {
      navigator.share({ title: title, url: url }).then(function () { count(config, 'native'); }, function () { /* cancelled */ });
      return;
    }
    panel(config, root, url, title, t);
  }

  window.ColophonShare = { open: open, count: count };
})();
