/*
 * Shiftlead admin console: connectors with sync status and errors, rules reload with the problems
 * of each rejected file, a ticket's audit log, and the helpdesk app package for this installation.
 * Plain JS; the API token stays in this tab's sessionStorage (or memory), sent as a Bearer header.
 */
(function () {
  'use strict';

  var base = new URL('../', window.location.href);
  var token = null;
  var fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

  function $(id) { return document.getElementById(id); }
  function when(iso) { return iso ? fmt.format(new Date(iso)) : '–'; }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (c) {
      var td = document.createElement('td');
      if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c === null || c === undefined ? '–' : String(c); }
      tr.appendChild(td);
    });
    return tr;
  }

  function message(text) {
    var m = $('message');
    m.textContent = text || '';
    m.hidden = !text;
  }

  function loadToken() {
    var hash = new URLSearchParams(window.location.hash.slice(1));
    try {
      if (hash.get('token')) {
        window.sessionStorage.setItem('shiftlead.adminToken', hash.get('token'));
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      }
      token = window.sessionStorage.getItem('shiftlead.adminToken');
    } catch (e) { token = hash.get('token'); }
    $('token-state').textContent = token ? 'token set for this tab' : 'no token';
  }

  function api(method, path, options) {
    var headers = { Accept: 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(new URL(path, base), { method: method, headers: headers, cache: 'no-store' })
      .then(function (res) {
        if (res.status === 401) { message('Not signed in: enter an API token above.'); }
        if (res.status === 403) { message('This token may not do that (admin role needed).'); }
        if (options && options.raw) { return res; }
        return res.text().then(function (t) {
          var body = null;
          try { body = t ? JSON.parse(t) : null; } catch (e) { body = { error: t }; }
          return { status: res.status, body: body };
        });
      }, function () {
        message('Shiftlead is unreachable.');
        throw new Error('unreachable');
      });
  }

  function loadConnectors() {
    return api('GET', 'api/v1/status').then(function (r) {
      if (r.status !== 200) { return; }
      message('');
      var tbody = $('connectors').querySelector('tbody');
      tbody.textContent = '';
      var connectors = (r.body && r.body.connectors) || [];
      if (!connectors.length) {
        tbody.appendChild(row([el('span', 'No connector configured.', 'muted'), '', '', '', '', '', '']));
      }
      var selects = [$('audit-connector'), $('app-connector')];
      var previous = selects.map(function (s) { return s.value; });
      selects.forEach(function (s) { s.textContent = ''; });
      connectors.forEach(function (c) {
        var state = el('span', c.state, 'state state-' + c.state);
        var error = c.lastError ? c.lastError + ' (' + when(c.lastErrorAt) + ')' : '–';
        var tr = row([c.name, c.type, state, c.ticketsSeen, c.updatesApplied, when(c.lastSyncAt), error]);
        tr.setAttribute('data-connector', c.name);
        tbody.appendChild(tr);
        selects.forEach(function (s) { s.appendChild(el('option', c.name)); });
      });
      selects.forEach(function (s, i) { if (previous[i]) { s.value = previous[i]; } });
    }).catch(function () { /* message shown */ });
  }

  function reloadRules() {
    var out = $('rules-result');
    out.textContent = 'Reloading…';
    api('POST', 'api/v1/rules/reload').then(function (r) {
      out.textContent = '';
      if (!r.body || (r.status !== 200 && r.status !== 422)) {
        out.appendChild(el('p', 'Reload failed (' + r.status + ')' + (r.body && r.body.error ? ': ' + r.body.error : ''), 'bad'));
        return;
      }
      out.appendChild(el('p', r.body.ok ? 'All rule files loaded.' : 'Some files were rejected; their last good version keeps running.',
        r.body.ok ? 'ok' : 'bad'));
      var loaded = r.body.loaded;
      if (loaded && (loaded.length || Object.keys(loaded).length)) {
        out.appendChild(el('p', 'Loaded: ' + (Array.isArray(loaded) ? loaded.join(', ') : JSON.stringify(loaded)), 'muted'));
      }
      Object.keys(r.body.rejected || {}).forEach(function (file) {
        out.appendChild(el('h3', file));
        var ul = el('ul', null, 'problems');
        r.body.rejected[file].forEach(function (p) { ul.appendChild(el('li', p)); });
        out.appendChild(ul);
      });
    }).catch(function () { out.textContent = ''; });
  }

  function describe(u) {
    if (!u) { return '–'; }
    var parts = [];
    if (u.group) { parts.push('group → ' + u.group); }
    if (u.assignee) { parts.push('assignee → ' + u.assignee); }
    if (u.priority) { parts.push('priority → ' + String(u.priority).toLowerCase()); }
    if (u.addTags && u.addTags.length) { parts.push('tags + ' + u.addTags.join(', ')); }
    if (u.removeTags && u.removeTags.length) { parts.push('tags − ' + u.removeTags.join(', ')); }
    if (u.customFields && Object.keys(u.customFields).length) {
      parts.push(Object.keys(u.customFields).map(function (k) { return k + ' = ' + u.customFields[k]; }).join(', '));
    }
    if (u.note) { parts.push('internal note'); }
    return parts.join(' · ') || 'no change';
  }

  function showAudit(e) {
    e.preventDefault();
    var c = $('audit-connector').value;
    var t = $('audit-ticket').value.trim();
    api('GET', 'api/v1/connectors/' + encodeURIComponent(c) + '/tickets/' + encodeURIComponent(t) + '/decisions')
      .then(function (r) {
        var entries = (r.status === 200 && r.body && r.body.writeBacks) || [];
        var tbody = $('audit').querySelector('tbody');
        tbody.textContent = '';
        entries.forEach(function (w) {
          tbody.appendChild(row([when(w.createdAt), String(w.state || '').toLowerCase()
            + (w.attempts > 1 ? ' (' + w.attempts + ' attempts)' : ''), describe(w.update),
            (w.reasons || '') + (w.lastError ? ' — error: ' + w.lastError : '')]));
        });
        $('audit').hidden = !entries.length;
        $('audit-empty').hidden = entries.length > 0;
      }).catch(function () { /* message shown */ });
  }

  function downloadApp(e) {
    e.preventDefault();
    var vendor = $('app-vendor').value;
    var query = new URLSearchParams({ baseUrl: $('app-base').value.trim() });
    if ($('app-connector').value) { query.set('connector', $('app-connector').value); }
    var result = $('app-result');
    result.textContent = 'Building…';
    api('GET', 'api/v1/apps/' + vendor + '.zip?' + query, { raw: true }).then(function (res) {
      if (res.status !== 200) {
        return res.json().then(function (b) { result.textContent = b.error || ('failed: ' + res.status); },
          function () { result.textContent = 'failed: ' + res.status; });
      }
      return res.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'shiftlead-' + vendor + '-app.zip';
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        result.textContent = 'Downloaded ' + a.download + ' (' + blob.size + ' bytes).';
      });
    }).catch(function () { result.textContent = ''; });
  }

  $('token-form').addEventListener('submit', function (e) {
    e.preventDefault();
    token = $('token').value.trim() || null;
    $('token').value = '';
    try {
      if (token) { window.sessionStorage.setItem('shiftlead.adminToken', token); }
      else { window.sessionStorage.removeItem('shiftlead.adminToken'); }
    } catch (err) { /* memory only */ }
    $('token-state').textContent = token ? 'token set for this tab' : 'no token';
    message('');
    loadConnectors();
  });
  $('reload-rules').addEventListener('click', reloadRules);
  $('audit-form').addEventListener('submit', showAudit);
  $('app-form').addEventListener('submit', downloadApp);
  $('app-base').value = window.location.origin;

  loadToken();
  loadConnectors();
  setInterval(loadConnectors, 10000);
})();
