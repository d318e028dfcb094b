/* The dashboard's comment search: words in a comment or its author's name, any status, newest first.
   Self-contained beside dashboard.js; GET requests need only the session cookie. */
(function () {
  'use strict';
  var form = document.getElementById('comment-search-form');
  if (!form) return;
  var list = document.getElementById('comment-search-results'), status = document.getElementById('comment-search-status');
  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = form.elements.q.value.trim();
    list.textContent = '';
    if (!q) { status.textContent = ''; return; }
    var url = '/api/v1/admin/search?limit=50&status=' + encodeURIComponent(form.elements.status.value) + '&q=' + encodeURIComponent(q);
    fetch(url, { credentials: 'same-origin' }).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error(j.message || r.status); return j; });
    }).then(function (json) {
      status.textContent = json.comments.length ? json.comments.length + ' found' : 'No comment matches';
      json.comments.forEach(function (c) {
        var li = el('li', { 'class': 'comment search-hit' });
        li.appendChild(el('p', { 'class': 'meta' }, (c.author || 'Anonymous') + ' · ' + c.status + ' · ' + c.page + ' · '
          + new Date(c.createdAt).toISOString().slice(0, 10)));
        li.appendChild(el('p', { 'class': 'body' }, c.body));
        list.appendChild(li);
      });
    }).catch(function (err) { status.textContent = err.message; });
  });
})();
