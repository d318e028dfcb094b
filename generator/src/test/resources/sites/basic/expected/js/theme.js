/* Colophon theme: a light/dark toggle that remembers nothing unless the reader asks it to, and a
   copy button on code blocks. No cookies; the only storage is the reader's own "Remember" click.
   A remembered scheme is applied by the line in base.peb's <head>, before the first paint; this
   script reads storage only when the reader clicks, and adds the copy buttons once the page is idle. */
(function () {
  'use strict';
  var KEY = 'colophon:scheme';
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function current() {
    return root.getAttribute('data-theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }

  function apply(scheme) {
    root.setAttribute('data-theme', scheme);
    var widget = document.querySelector('.colophon');
    if (widget) widget.setAttribute('data-theme', scheme);
  }

  function toggle(button) {
    var remember = document.querySelector('.theme-remember');
    function label() {
      var other = current() === 'dark' ? 'Light' : 'Dark';
      button.textContent = other;
      button.setAttribute('aria-label', 'Switch to ' + other.toLowerCase() + ' colours');
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      apply(current() === 'dark' ? 'light' : 'dark');
      label();
      if (!remember) {
        remember = document.createElement('button');
        remember.type = 'button';
        remember.className = 'theme-remember';
        remember.addEventListener('click', function () {
          try {
            if (stored()) localStorage.removeItem(KEY); else localStorage.setItem(KEY, current());
          } catch (e) { /* storage disabled: the choice lasts for this page */ }
          remember.textContent = stored() ? 'Forget' : 'Remember';
        });
        button.parentNode.insertBefore(remember, button.nextSibling);
      }
      if (stored()) { try { localStorage.setItem(KEY, current()); } catch (e) { /* as above */ } }
      remember.textContent = stored() ? 'Forget' : 'Remember';
    });
  }

  function copyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll('pre > code').forEach(function (code) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy';
      button.textContent = 'Copy';
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = 'Copied';
          button.setAttribute('data-done', '');
          setTimeout(function () { button.textContent = 'Copy'; button.removeAttribute('data-done'); }, 1500);
        });
      });
      code.parentNode.appendChild(button);
    });
  }

  document.querySelectorAll('.theme-toggle').forEach(toggle);
  (window.requestIdleCallback || setTimeout)(copyButtons);
})();
