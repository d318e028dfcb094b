/* Colophon preview: reloads the page after a rebuild and shows build errors over it. Only the
   preview server injects this; built sites never contain it. */
(function () {
  'use strict';
  var events = new EventSource('/_colophon/events');
  events.addEventListener('reload', function (event) {
    var paths = event.data ? JSON.parse(event.data).paths : null; // absent: every tab reloads
    var here = decodeURIComponent(location.pathname);
    if (!paths || paths.indexOf(here) >= 0 || paths.indexOf(here + '/') >= 0) location.reload();
  });
  events.addEventListener('error', function (event) {
    if (!event.data) return; // a connection error, not a build error: EventSource retries by itself
    var problems = JSON.parse(event.data).problems || [];
    var overlay = document.getElementById('colophon-overlay') || document.createElement('div');
    overlay.id = 'colophon-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(20,20,24,.94);color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace';
    overlay.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'Build failed: the last good version is still served';
    title.style.cssText = 'color:#ff8a9a;margin:0 0 1rem;font-size:1.2rem';
    overlay.appendChild(title);
    problems.forEach(function (p) {
      var line = document.createElement('p');
      line.className = 'colophon-problem';
      line.textContent = p.file + (p.line ? ':' + p.line : '') + ': ' + p.message;
      overlay.appendChild(line);
    });
    var hint = document.createElement('p');
    hint.textContent = 'Fix the file and save: this page reloads by itself.';
    hint.style.opacity = '.7';
    overlay.appendChild(hint);
    if (!overlay.parentNode) document.body.appendChild(overlay);
  });
})();
