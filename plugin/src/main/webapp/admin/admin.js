/*
 * Shiftlead admin console: connectors with sync status and errors, connection test and backfill
 * with progress, rules reload, the YAML editor (problems marked at their lines) with dry-run diff,
 * the filterable audit log, the token list, and the helpdesk app package for this installation.
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
    var session = document.querySelector('meta[name="shiftlead-session"]');
    if (!token && session) {
      // opened from Zendesk's nav bar with signedUrls: the session Shiftlead issued for this load
      token = session.getAttribute('content');
      $('token-state').textContent = 'signed in through Zendesk (session)';
      return;
    }
    $('token-state').textContent = token ? 'token set for this tab' : 'no token';
  }

  function api(method, path, options) {
    var headers = { Accept: 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    var init = { method: method, headers: headers, cache: 'no-store' };
    if (options && options.body !== undefined) {
      headers['Content-Type'] = options.type || 'application/json';
      init.body = options.body;
    }
    return fetch(new URL(path, base), init)
      .then(function (res) {
        if (res.status === 401) { message('Not signed in: enter an API token above.'); }
        if (res.status === 403 && !(options && options.quiet)) { message('This token may not do that (admin role needed).'); }
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

  // periodic re-sweep of the change stream (ADR 0021), under the connector's last sync
  function resweepText(r) {
    if (r.state === 'off' || r.state === 'unavailable') { return 're-sweep ' + r.state; }
    var text = 're-sweep every ' + r.every + ': last ' + when(r.lastSweepAt) + ', next ' + when(r.nextSweepAt);
    if (r.state === 'catching-up') { text += ' (catching up)'; }
    if (r.state === 'waiting') { text += ' (after the backfill)'; }
    return text;
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
      var selects = [$('audit-connector'), $('app-connector'), $('tools-connector')];
      var previous = selects.map(function (s) { return s.value; });
      selects.forEach(function (s) { s.textContent = ''; });
      connectors.forEach(function (c) {
        var state = el('span', c.state, 'state state-' + c.state);
        var error = c.lastError ? c.lastError + ' (' + when(c.lastErrorAt) + ')' : '–';
        var synced = el('span', when(c.lastSyncAt));
        if (c.resweep) { synced.appendChild(el('div', resweepText(c.resweep), 'muted resweep')); }
        var tr = row([c.name, c.type, state, c.ticketsSeen, c.updatesApplied, synced, error]);
        tr.setAttribute('data-connector', c.name);
        tbody.appendChild(tr);
        selects.forEach(function (s) { s.appendChild(el('option', c.name)); });
      });
      $('audit-connector').insertBefore(el('option', 'any connector'), $('audit-connector').firstChild);
      $('audit-connector').firstChild.value = '';
      selects.forEach(function (s, i) { if (previous[i] !== undefined) { s.value = previous[i]; } });
      if (!$('tools-connector').value && connectors.length) { $('tools-connector').value = connectors[0].name; }
      if (!backfillShown && $('tools-connector').value) { backfillShown = true; pollBackfill(); }
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
    var query = new URLSearchParams();
    [['connector', 'audit-connector'], ['ticket', 'audit-ticket'], ['rule', 'audit-rule'],
      ['from', 'audit-from'], ['to', 'audit-to']].forEach(function (f) {
      var v = $(f[1]).value.trim();
      if (v) { query.set(f[0], v); }
    });
    api('GET', 'api/v1/audit?' + query).then(function (r) {
      if (r.status !== 200) { message((r.body && r.body.error) || ('Audit failed: ' + r.status)); return; }
      var entries = (r.body && r.body.entries) || [];
      var tbody = $('audit').querySelector('tbody');
      tbody.textContent = '';
      entries.forEach(function (w) {
        tbody.appendChild(row([when(w.createdAt), w.connector, w.ticketId, String(w.state || '').toLowerCase()
          + (w.attempts > 1 ? ' (' + w.attempts + ' attempts)' : ''), describe(w.update),
          (w.reasons || '') + (w.lastError ? ' — error: ' + w.lastError : '')]));
      });
      $('audit').hidden = !entries.length;
      $('audit-empty').hidden = entries.length > 0;
    }).catch(function () { /* message shown */ });
  }

  // ---------------------------------------------------------------- connection test and backfill
  var backfillShown = false;
  var backfillTimer = null;

  function connectorPath(suffix) {
    return 'api/v1/connectors/' + encodeURIComponent($('tools-connector').value) + '/' + suffix;
  }

  function testConnection() {
    var out = $('test-result');
    out.className = 'muted';
    out.textContent = 'Testing…';
    api('POST', connectorPath('test')).then(function (r) {
      if (r.status !== 200 || !r.body) {
        out.className = 'bad';
        out.textContent = (r.body && r.body.error) || ('failed: ' + r.status);
        return;
      }
      out.className = r.body.ok ? 'ok' : 'bad';
      out.textContent = r.body.ok ? '✔ Connected: the helpdesk accepted the credentials (' + r.body.millis + ' ms).'
        : '✖ ' + r.body.error + (r.body.retriable ? ' (temporary)' : '') + ': ' + r.body.message;
    }).catch(function () { out.textContent = ''; });
  }

  function showBackfill(p) {
    $('backfill').hidden = false;
    var pct = Math.round((p.fraction || 0) * 100);
    $('backfill-bar').value = pct;
    var text;
    if (p.state === 'done') {
      text = 'Done: ' + p.ticketsPulled + ' tickets in ' + p.pages + (p.pages === 1 ? ' page' : ' pages') + ' since ' + when(p.from) + ' (finished ' + when(p.finishedAt) + ').';
    } else if (p.state === 'requested') {
      text = 'Waiting for the next pull… (from ' + when(p.from) + ')';
    } else {
      // an ETA only when the helpdesk reports a total; otherwise counts, rate and time covered
      var known = p.total !== null && p.total !== undefined;
      text = (known ? pct + '% of ' + p.total + ' tickets · ' : pct + '% of the time span · ')
        + p.ticketsPulled + ' tickets, ' + p.pages + ' pages'
        + (p.ticketsPerSecond ? ' · ' + p.ticketsPerSecond + ' tickets/s' : '')
        + (known && p.etaSeconds !== null && p.etaSeconds !== undefined ? ' · about ' + duration(p.etaSeconds) + ' left' : '')
        + ' · started ' + when(p.startedAt);
    }
    $('backfill-text').textContent = text;
    $('backfill').setAttribute('data-state', p.state);
  }

  function duration(seconds) {
    if (seconds < 90) { return seconds + ' s'; }
    if (seconds < 5400) { return Math.round(seconds / 60) + ' min'; }
    return Math.round(seconds / 3600) + ' h';
  }

  function pollBackfill() {
    clearTimeout(backfillTimer);
    if (!$('tools-connector').value) { return; }
    api('GET', connectorPath('backfill'), { quiet: true }).then(function (r) {
      if (r.status === 200 && r.body) {
        showBackfill(r.body);
        if (r.body.state !== 'done') { backfillTimer = setTimeout(pollBackfill, 1000); }
      } else {
        $('backfill').hidden = true;
      }
    }).catch(function () { /* message shown */ });
  }

  function startBackfill(e) {
    e.preventDefault();
    var from = $('backfill-from').value.trim();
    api('POST', connectorPath('backfill') + '?from=' + encodeURIComponent(from)).then(function (r) {
      if (r.status === 202 && r.body) { showBackfill(r.body); pollBackfill(); return; }
      message((r.body && r.body.error) || ('Backfill refused: ' + r.status));
    }).catch(function () { /* message shown */ });
  }

  // ---------------------------------------------------------------- YAML editor and dry-run
  function filePath() {
    return 'api/v1/admin/files/' + encodeURIComponent($('file-kind').value) + '/'
      + encodeURIComponent($('file-name').value.trim());
  }

  function listFiles() {
    api('GET', 'api/v1/admin/files/' + encodeURIComponent($('file-kind').value), { quiet: true }).then(function (r) {
      var list = $('file-names');
      list.textContent = '';
      ((r.body && r.body.files) || []).forEach(function (f) { list.appendChild(el('option', f)); });
    }).catch(function () { /* message shown */ });
  }

  function renderGutter(problems) {
    var lines = $('file-text').value.split('\n').length;
    var bad = {};
    (problems || []).forEach(function (p) { if (p.line > 0) { bad[p.line] = p.message; } });
    var gutter = $('file-gutter');
    gutter.textContent = '';
    for (var i = 1; i <= lines; i++) {
      var span = el('span', (bad[i] ? '✖ ' : '') + i, bad[i] ? 'err' : null);
      if (bad[i]) { span.title = bad[i]; span.setAttribute('data-line', i); }
      gutter.appendChild(span);
      gutter.appendChild(document.createTextNode('\n'));
    }
    gutter.scrollTop = $('file-text').scrollTop;
  }

  function goToLine(line) {
    var area = $('file-text');
    var lines = area.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1] || '').length);
    area.scrollTop = Math.max(0, (line - 4) * 18);
  }

  function showProblems(problems) {
    var ul = $('file-problems');
    ul.textContent = '';
    (problems || []).forEach(function (p) {
      var li = el('li');
      var where = el('button', p.file + ':' + p.line + (p.column ? ':' + p.column : ''));
      where.type = 'button';
      where.addEventListener('click', function () { goToLine(p.line); });
      li.appendChild(where);
      li.appendChild(document.createTextNode(' line ' + p.line + ': ' + p.message + (p.hint ? ' (hint: ' + p.hint + ')' : '')));
      li.setAttribute('data-line', p.line);
      ul.appendChild(li);
    });
    renderGutter(problems);
  }

  function result(text, ok) {
    var out = $('file-result');
    out.textContent = text;
    out.className = ok ? 'ok' : 'bad';
  }

  function openFile(e) {
    if (e) { e.preventDefault(); }
    $('dry-run-table').hidden = true;
    api('GET', filePath()).then(function (r) {
      if (r.status === 200) {
        $('file-text').value = r.body.text;
        result('', true);
      } else if (r.status === 404) {
        $('file-text').value = '';
        result('New file: it is created when saved.', true);
      } else {
        result((r.body && r.body.error) || ('failed: ' + r.status), false);
      }
      showProblems([]);
    }).catch(function () { /* message shown */ });
  }

  function saveFile(validateOnly) {
    api('PUT', filePath() + (validateOnly ? '?validateOnly=true' : ''),
      { body: $('file-text').value, type: 'text/plain' }).then(function (r) {
      if (r.status === 422) {
        showProblems(r.body.problems);
        result(r.body.problems.length + ' problem(s): ' + (validateOnly ? 'fix them before saving.' : 'not saved; the running version stays.'), false);
      } else if (r.status === 200) {
        showProblems([]);
        result(validateOnly ? 'No problems.' : 'Saved. ' + (r.body.note || ''), true);
        if (!validateOnly) { listFiles(); }
      } else {
        result((r.body && r.body.error) || ('failed: ' + r.status), false);
      }
    }).catch(function () { /* message shown */ });
  }

  function dryRun() {
    if ($('file-kind').value !== 'rules') {
      result('Dry-run compares rule files; SLA policies and scorecards are validated only.', false);
      return;
    }
    result('Running the candidate and the current rules over recent tickets…', true);
    api('POST', 'api/v1/admin/dry-run', { body: JSON.stringify({ file: $('file-name').value.trim(),
      yaml: $('file-text').value, days: Number($('dry-days').value) || 7 }) }).then(function (r) {
      if (r.status === 422) { showProblems(r.body.problems); result('Fix the problems first.', false); return; }
      if (r.status !== 200) { result((r.body && r.body.error) || ('failed: ' + r.status), false); return; }
      showProblems([]);
      var table = $('dry-run-table');
      var tbody = table.querySelector('tbody');
      tbody.textContent = '';
      r.body.rows.forEach(function (d) {
        tbody.appendChild(row([d.connector, d.ticketId + (d.subject ? ' — ' + d.subject : ''), d.what,
          d.current || '(nothing)', d.candidate || '(nothing)', d.rules.join(', ')]));
      });
      $('dry-run-caption').textContent = r.body.rows.length + ' change(s) over ' + r.body.ticketsCompared
        + ' ticket(s) updated in the last ' + r.body.days + ' day(s)' + (r.body.truncated ? ' (first ' + r.body.rows.length + ' shown)' : '') + '. Nothing was saved or written.';
      table.hidden = false;
      result('', true);
    }).catch(function () { /* message shown */ });
  }

  // ---------------------------------------------------------------- user access
  function loadAccess() {
    api('GET', 'api/v1/admin/access', { quiet: true }).then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      var tbody = $('access').querySelector('tbody');
      tbody.textContent = '';
      if (r.body.open) {
        tbody.appendChild(row([el('span', 'No token configured: the API is open (demo only).', 'bad'), '', '']));
      }
      r.body.tokens.forEach(function (t) {
        var tr = row([t.name, t.role, t.connectors.join(', ')]);
        tr.setAttribute('data-token-name', t.name);
        tbody.appendChild(tr);
      });
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

  // ---------------------------------------------------------------- live SLA/QA: reload, shadow, change log

  function liveResult(text, ok) {
    var out = $('live-result');
    out.textContent = text;
    out.className = ok ? 'ok' : 'bad';
  }

  function liveReload(kind) {
    api('POST', 'api/v1/admin/reload/' + kind).then(function (r) {
      var list = $('live-problems');
      list.textContent = '';
      if (r.status === 200) {
        liveResult('Reloaded: ' + r.body.detail, true);
      } else if (r.status === 422) {
        liveResult('Not reloaded, the running version stays: ' + r.body.problems.length + ' problem(s).', false);
        r.body.problems.forEach(function (p) {
          list.appendChild(el('li', p.file + ':' + p.line + ': ' + p.message + (p.hint ? ' (' + p.hint + ')' : '')));
        });
      } else {
        liveResult((r.body && r.body.error) || ('failed: ' + r.status), false);
      }
      loadLiveChanges();
    }).catch(function () { /* message shown */ });
  }

  function loadShadowModes() {
    api('GET', 'api/v1/admin/shadow', { quiet: true }).then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      $('live-shadow-sla').checked = !!r.body.sla;
      $('live-shadow-qa').checked = !!r.body.qa;
    }).catch(function () { /* message shown */ });
  }

  function setShadow(kind, on) {
    api('PUT', 'api/v1/admin/shadow/' + kind, { body: JSON.stringify({ shadow: on }), type: 'application/json' }).then(function (r) {
      if (r.status === 200) {
        liveResult((kind === 'sla' ? 'SLA' : 'QA') + (on ? ' decisions are now only recorded, not written back.' : ' decisions are written back again.'), true);
      } else {
        liveResult((r.body && r.body.error) || ('failed: ' + r.status), false);
      }
      loadShadowModes();
      loadLiveChanges();
    }).catch(function () { /* message shown */ });
  }

  function loadLiveChanges() {
    api('GET', 'api/v1/admin/changes', { quiet: true }).then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      var body = $('live-changes').querySelector('tbody');
      body.textContent = '';
      r.body.changes.forEach(function (c) {
        body.appendChild(row([when(c.changedAt), c.actor, c.kind, c.fileName || '–', c.action, c.detail]));
      });
    }).catch(function () { /* message shown */ });
  }

  function showShadowed() {
    api('GET', 'api/v1/admin/shadow/decisions').then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      var table = $('live-decisions');
      var body = table.querySelector('tbody');
      body.textContent = '';
      r.body.decisions.forEach(function (d) {
        body.appendChild(row([when(d.decidedAt), d.connector, d.ticketId, d.kind, d.decision]));
      });
      table.hidden = false;
    }).catch(function () { /* message shown */ });
  }

  function initLive() {
    $('live-reload-sla').addEventListener('click', function () { liveReload('sla'); });
    $('live-reload-qa').addEventListener('click', function () { liveReload('qa'); });
    $('live-shadow-sla').addEventListener('change', function (e) { setShadow('sla', e.target.checked); });
    $('live-shadow-qa').addEventListener('change', function (e) { setShadow('qa', e.target.checked); });
    $('live-shadowed').addEventListener('click', showShadowed);
    $('token-form').addEventListener('submit', function () { loadShadowModes(); loadLiveChanges(); });
    loadShadowModes();
    loadLiveChanges();
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
    loadAccess();
    listFiles();
  });
  $('reload-rules').addEventListener('click', reloadRules);
  $('test-connection').addEventListener('click', testConnection);
  $('tools-connector').addEventListener('change', pollBackfill);
  $('backfill-form').addEventListener('submit', startBackfill);
  $('file-pick').addEventListener('submit', openFile);
  $('file-kind').addEventListener('change', listFiles);
  $('file-validate').addEventListener('click', function () { saveFile(true); });
  $('file-save').addEventListener('click', function () { saveFile(false); });
  $('dry-run').addEventListener('click', dryRun);
  $('file-text').addEventListener('input', function () { renderGutter([]); });
  $('file-text').addEventListener('scroll', function () { $('file-gutter').scrollTop = $('file-text').scrollTop; });
  $('audit-form').addEventListener('submit', showAudit);
  $('app-form').addEventListener('submit', downloadApp);
  $('app-base').value = window.location.origin;

  document.addEventListener('shiftlead:connectors-changed', loadConnectors); // from connectors.js
  loadToken();
  initLive();
  loadConnectors();
  loadAccess();
  listFiles();
  renderGutter([]);
  setInterval(loadConnectors, 10000);
})();
