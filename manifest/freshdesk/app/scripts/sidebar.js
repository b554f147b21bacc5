/*
 * Shiftlead agent sidebar: SLA countdowns, QA score and routing decision of one ticket.
 * Plain JS, no build step, no libraries. The same file runs
 *  - served by Shiftlead at /sidebar/?connector=..&ticket=.. (direct fetch, optional #token=..),
 *  - inside Zendesk (the page gets origin + app_guid; ticket id from the ZAF SDK, API calls through
 *    the Zendesk proxy with the secure apiToken setting),
 *  - inside Zendesk with signedUrls: Zendesk POSTed a signed JWT, Shiftlead verified it and put a
 *    short-lived session token in <meta name="shiftlead-session">; API calls go straight to
 *    Shiftlead (same origin) with that token, renewed before it expires (docs/adr/0016),
 *  - inside the Freshdesk app (<html data-host="freshdesk">; ticket id from the Freshworks client,
 *    API calls through the app's request templates).
 * Server data is only ever set as text (never as HTML).
 */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var POLL_MS = Math.max(1000, Number(params.get('poll')) || 15000);
  var ZAF_SDK = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
  var STATE_TEXT = {
    ok: 'OK', at_risk: 'At risk', breached: 'Breached', paused: 'Paused', achieved: 'Achieved'
  };
  var STATE_ICON = { ok: '✓', at_risk: '!', breached: '✕', paused: '⏸', achieved: '✓' };

  var transport = null;
  var last = { sla: null, qa: null, decisions: null };
  var firstRender = true;
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function humanMetric(name) {
    var s = String(name || '').replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function duration(ms) {
    var total = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(total / 86400);
    var h = Math.floor((total % 86400) / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    if (d > 0) { return d + 'd ' + h + 'h ' + pad(m) + 'm ' + pad(s) + 's'; }
    if (h > 0) { return h + 'h ' + pad(m) + 'm ' + pad(s) + 's'; }
    return m + 'm ' + pad(s) + 's';
  }

  function minutes(n) {
    if (n === null || n === undefined) { return '–'; }
    return duration(Number(n) * 60000);
  }

  var dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  function when(iso) {
    if (!iso) { return '–'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
  }

  // ---------------------------------------------------------------- transports

  function apiPath(kind, connector, ticket) {
    var c = encodeURIComponent(connector);
    var t = encodeURIComponent(ticket);
    if (kind === 'decisions') { return 'api/v1/connectors/' + c + '/tickets/' + t + '/decisions'; }
    return 'api/v1/tickets/' + c + '/' + t + '/' + kind;
  }

  function safeJson(text) {
    try { return text ? JSON.parse(text) : null; } catch (e) { return null; }
  }

  /** Served by Shiftlead itself: same-origin fetch, ETags, a token from #token= if any. */
  function directTransport() {
    var hash = new URLSearchParams(window.location.hash.slice(1));
    var token = hash.get('token');
    try {
      if (token) {
        window.sessionStorage.setItem('shiftlead.token', token);
        // keep the token out of the address bar and the history
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      } else {
        token = window.sessionStorage.getItem('shiftlead.token');
      }
    } catch (e) { /* storage disabled: keep it in memory only */ }
    var base = new URL('../', window.location.href);
    var etags = {};
    return Promise.resolve({
      name: 'direct',
      connector: params.get('connector'),
      ticket: params.get('ticket'),
      get: function (kind) {
        var headers = { Accept: 'application/json' };
        if (token) { headers.Authorization = 'Bearer ' + token; }
        if (etags[kind]) { headers['If-None-Match'] = etags[kind]; }
        var url = new URL(apiPath(kind, this.connector, this.ticket), base);
        return fetch(url, { headers: headers, cache: 'no-cache' }).then(function (res) {
          var etag = res.headers.get('ETag');
          if (res.status === 200 && etag) { etags[kind] = etag; }
          if (res.status === 304) { return { status: 304, body: null }; }
          return res.text().then(function (t) { return { status: res.status, body: safeJson(t) }; });
        });
      }
    });
  }

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  /**
   * After a signed Zendesk load: the session token from the page, same-origin fetches, the ticket
   * id from the ZAF SDK (or ?ticket= outside Zendesk), the token renewed at two thirds of its life.
   */
  function sessionTransport() {
    var token = meta('shiftlead-session');
    var seconds = Math.max(60, Number(meta('shiftlead-session-seconds')) || 900);
    var base = new URL('../', window.location.href);
    var etags = {};
    var expired = false;
    setInterval(function () {
      if (expired) { return; }
      fetch(new URL('api/v1/session', base), {
        method: 'POST', cache: 'no-store',
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + token }
      }).then(function (res) {
        if (res.status === 401) { expired = true; return null; }
        return res.ok ? res.json() : null;
      }).then(function (body) { if (body && body.token) { token = body.token; } })
        .catch(function () { /* unreachable: the next poll says so */ });
    }, seconds * 667);
    var inZendesk = params.get('origin') && params.get('app_guid');
    var ticket = inZendesk ? loadScript(ZAF_SDK).then(function () {
      var client = window.ZAFClient.init();
      if (!client) { throw new Error('not inside Zendesk'); }
      client.invoke('resize', { width: '100%', height: '260px' });
      client.on('ticket.updated', function () { refresh(); });
      client.on('ticket.submit.done', function () { refresh(); });
      return client.get('ticket.id').then(function (d) { return String(d['ticket.id']); });
    }) : Promise.resolve(params.get('ticket'));
    return ticket.then(function (id) {
      return {
        name: 'session',
        session: true,
        connector: meta('shiftlead-connector'),
        ticket: id,
        get: function (kind) {
          var headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
          if (etags[kind]) { headers['If-None-Match'] = etags[kind]; }
          var url = new URL(apiPath(kind, this.connector, this.ticket), base);
          return fetch(url, { headers: headers, cache: 'no-cache' }).then(function (res) {
            var etag = res.headers.get('ETag');
            if (res.status === 200 && etag) { etags[kind] = etag; }
            if (res.status === 304) { return { status: 304, body: null }; }
            return res.text().then(function (t) { return { status: res.status, body: safeJson(t) }; });
          });
        }
      };
    });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  /** Inside Zendesk: ticket id from the ZAF SDK, calls through Zendesk's proxy (secure token). */
  function zendeskTransport() {
    return loadScript(ZAF_SDK).then(function () {
      var client = window.ZAFClient.init();
      if (!client) { throw new Error('not inside Zendesk'); }
      client.invoke('resize', { width: '100%', height: '260px' });
      client.on('ticket.updated', function () { refresh(); });
      client.on('ticket.submit.done', function () { refresh(); });
      return Promise.all([client.metadata(), client.get('ticket.id')]).then(function (r) {
        var settings = (r[0] && r[0].settings) || {};
        var base = String(settings.shiftleadBaseUrl || window.location.origin).replace(/\/+$/, '');
        return {
          name: 'zendesk',
          connector: settings.connectorName || params.get('connector'),
          ticket: String(r[1]['ticket.id']),
          get: function (kind) {
            if (/^https?:\/\/localhost(:\d+)?$/.test(base)) {
              // Zendesk's proxy cannot reach a localhost install: call it from the browser
              // (no token: a localhost install runs without security.tokens, see docs/install.md)
              return fetch(base + '/' + apiPath(kind, this.connector, this.ticket), {
                headers: { Accept: 'application/json' }, cache: 'no-cache'
              }).then(function (res) {
                return res.text().then(function (t) { return { status: res.status, body: safeJson(t) }; });
              });
            }
            return client.request({
              url: base + '/' + apiPath(kind, this.connector, this.ticket),
              type: 'GET', dataType: 'json', secure: true, cors: false,
              httpCompleteResponse: true,
              headers: { Authorization: 'Bearer {{setting.apiToken}}' }
            }).then(function (res) {
              return { status: res.status || 200, body: res.responseJSON || safeJson(res.responseText) };
            }, function (err) {
              if (err && err.status) { return { status: err.status, body: safeJson(err.responseText) }; }
              throw err;
            });
          }
        };
      });
    });
  }

  /** Inside the Freshdesk app: ticket id from the Freshworks client, calls via request templates. */
  function freshdeskTransport() {
    var templates = { sla: 'getSla', qa: 'getQa', decisions: 'getDecisions' };
    return waitFor(function () { return window.app && window.app.initialized; }, 10000)
      .then(function () { return window.app.initialized(); })
      .then(function (client) {
        return Promise.all([client.data.get('ticket'), client.iparams.get()]).then(function (r) {
          var ticket = String(r[0].ticket.id);
          return {
            name: 'freshdesk',
            connector: r[1].connector_name,
            ticket: ticket,
            get: function (kind) {
              return client.request.invokeTemplate(templates[kind], { context: { ticket_id: ticket } })
                .then(function (res) {
                  return { status: res.status || 200, body: safeJson(res.response) };
                }, function (err) {
                  if (err && err.status) { return { status: err.status, body: safeJson(err.response) }; }
                  throw err;
                });
            }
          };
        });
      });
  }

  function waitFor(test, ms) {
    var start = Date.now();
    return new Promise(function (resolve, reject) {
      (function check() {
        if (test()) { resolve(); } else if (Date.now() - start > ms) {
          reject(new Error('helpdesk client did not load'));
        } else { setTimeout(check, 50); }
      })();
    });
  }

  function chooseTransport() {
    if (meta('shiftlead-session')) {
      if (params.get('origin') && params.get('app_guid')) { document.body.classList.add('host-zendesk'); }
      return sessionTransport();
    }
    if (document.documentElement.getAttribute('data-host') === 'freshdesk') {
      document.body.classList.add('host-freshdesk');
      return freshdeskTransport();
    }
    if (params.get('origin') && params.get('app_guid')) {
      document.body.classList.add('host-zendesk');
      return zendeskTransport();
    }
    if (params.get('host') === 'zendesk') { document.body.classList.add('host-zendesk'); }
    return directTransport();
  }

  // ---------------------------------------------------------------- rendering

  function show(state, message) {
    document.body.setAttribute('data-state', state);
    var msg = $('status-message');
    msg.textContent = message || '';
    msg.hidden = !message;
    msg.className = 'message message-' + state;
    $('shiftlead').setAttribute('aria-busy', 'false');
  }

  function setSections(visible) {
    ['sla', 'qa', 'routing'].forEach(function (id) { $(id).hidden = !visible; });
  }

  function renderSla(sla) {
    $('sla-policy').textContent = sla.policy ? '· ' + sla.policy : '';
    var list = $('sla-metrics');
    list.textContent = '';
    (sla.metrics || []).forEach(function (m) {
      var li = el('li', 'metric');
      li.setAttribute('data-metric', m.metric);
      li.setAttribute('data-state', m.state);
      if (m.dueAt) { li.setAttribute('data-due', m.dueAt); }
      var button = el('button', 'badge state-' + m.state);
      button.type = 'button';
      button.appendChild(el('span', 'icon', STATE_ICON[m.state] || '•')).setAttribute('aria-hidden', 'true');
      button.appendChild(el('span', 'name', humanMetric(m.metric)));
      button.appendChild(el('span', 'state', STATE_TEXT[m.state] || m.state));
      button.appendChild(el('span', 'countdown', ''));
      button.addEventListener('click', function () { explainMetric(m); });
      li.appendChild(button);
      list.appendChild(li);
    });
    if (!(sla.metrics || []).length) {
      list.appendChild(el('li', 'muted', 'No SLA policy applies to this ticket.'));
    }
    tick();
  }

  /** Moves every running countdown; a running metric whose due time passes turns breached. */
  function tick() {
    var now = Date.now();
    var items = document.querySelectorAll('#sla-metrics li[data-metric]');
    Array.prototype.forEach.call(items, function (li) {
      var state = li.getAttribute('data-state');
      var due = li.getAttribute('data-due');
      var countdown = li.querySelector('.countdown');
      if (!due || state === 'achieved') { countdown.textContent = ''; return; }
      var left = new Date(due).getTime() - now;
      if ((state === 'ok' || state === 'at_risk') && left <= 0) {
        state = 'breached';
        li.setAttribute('data-state', state);
        li.querySelector('.badge').className = 'badge state-breached';
        li.querySelector('.state').textContent = STATE_TEXT.breached;
        li.querySelector('.icon').textContent = STATE_ICON.breached;
      }
      if (state === 'paused') {
        countdown.textContent = duration(left) + ' left (paused)';
      } else if (left > 0) {
        countdown.textContent = duration(left) + ' left';
      } else {
        countdown.textContent = 'overdue ' + duration(left);
      }
    });
  }

  function renderQa(response) {
    var badge = $('qa-badge');
    var reasons = $('qa-reasons');
    reasons.textContent = '';
    if (!response || response.status === 404) {
      badge.className = 'badge state-none';
      badge.textContent = 'Not scored yet';
      badge.disabled = true;
      return;
    }
    if (response.status !== 200 || !response.body) {
      badge.className = 'badge state-none';
      badge.textContent = 'QA unavailable (' + response.status + ')';
      badge.disabled = true;
      return;
    }
    var qa = response.body;
    if (qa.score === undefined || qa.score === null) {
      // known ticket, no score: not solved yet or no scorecard applies; the reason says which
      badge.className = 'badge state-none';
      badge.textContent = 'Not scored yet';
      badge.disabled = true;
      if (qa.reason) { reasons.appendChild(el('li', null, qa.reason)); }
      return;
    }
    var passed = qa.passed === true || qa.result === 'pass';
    qa.passed = passed;
    badge.disabled = false;
    badge.className = 'badge ' + (passed ? 'state-ok' : 'state-breached');
    badge.textContent = '';
    badge.appendChild(el('span', 'icon', passed ? '✓' : '✕')).setAttribute('aria-hidden', 'true');
    var score = qa.score === undefined || qa.score === null ? '' : Math.round(Number(qa.score));
    badge.appendChild(el('span', 'name', 'Score ' + score));
    badge.appendChild(el('span', 'state', passed ? 'Pass' : (qa.autoFail ? 'Fail (auto-fail)' : 'Fail')));
    badge.onclick = function () { explainQa(qa); };
    topReasons(qa).forEach(function (r) { reasons.appendChild(el('li', null, r)); });
  }

  function topReasons(qa) {
    if (Array.isArray(qa.reasons)) { return qa.reasons.slice(0, 3); }
    return (qa.checks || []).filter(function (c) { return c.result === 'fail'; })
      .slice(0, 3).map(function (c) { return humanMetric(c.id) + (c.evidence ? ': ' + c.evidence : ''); });
  }

  function rulesIn(text) {
    var rules = [];
    var re = /\brule ([A-Za-z0-9_.:-]+) \(v/g;
    var m;
    while ((m = re.exec(String(text || ''))) !== null) {
      if (rules.indexOf(m[1]) < 0) { rules.push(m[1]); }
    }
    return rules;
  }

  function describeUpdate(u) {
    var parts = [];
    if (!u) { return 'no change'; }
    if (u.group) { parts.push('group → ' + u.group); }
    if (u.assignee) { parts.push('assignee → ' + u.assignee); }
    if (u.priority) { parts.push('priority → ' + String(u.priority).toLowerCase()); }
    if (u.addTags && u.addTags.length) { parts.push('tags + ' + u.addTags.join(', ')); }
    if (u.note) { parts.push('internal note'); }
    if (u.customFields && Object.keys(u.customFields).length) {
      parts.push('fields ' + Object.keys(u.customFields).join(', '));
    }
    return parts.length ? parts.join(' · ') : 'no change';
  }

  function renderDecisions(response) {
    var badge = $('routing-badge');
    var rule = $('routing-rule');
    var entries = response && response.status === 200 && response.body
      ? (response.body.writeBacks || []) : [];
    if (!entries.length) {
      badge.className = 'badge state-none';
      badge.textContent = 'No decision yet';
      badge.disabled = true;
      rule.textContent = '';
      return;
    }
    var latest = entries[entries.length - 1];
    var u = latest.update || {};
    var escalated = entries.some(function (e) { return /escalat/i.test(e.reasons || ''); })
      || ['urgent', 'high'].indexOf(String(u.priority || '').toLowerCase()) >= 0;
    badge.disabled = false;
    badge.className = 'badge ' + (escalated ? 'state-at_risk' : 'state-info');
    badge.textContent = '';
    badge.appendChild(el('span', 'name', escalated ? 'Escalated' : (u.group || u.assignee ? 'Routed' : 'Updated')));
    badge.appendChild(el('span', 'state', describeUpdate(u)));
    badge.onclick = function () { explainDecisions(entries); };
    var rules = rulesIn(latest.reasons);
    rule.textContent = rules.length ? 'Rule: ' + rules.join(', ')
      : (latest.reasons ? 'Why: ' + String(latest.reasons).split('; ')[0] : '');
  }

  // ---------------------------------------------------------------- explanations

  function explain(title, rows) {
    $('explain-title').textContent = title;
    var body = $('explain-body');
    body.textContent = '';
    var dl = el('dl');
    rows.forEach(function (r) {
      dl.appendChild(el('dt', null, r[0]));
      dl.appendChild(el('dd', null, r[1] === null || r[1] === undefined ? '–' : r[1]));
    });
    body.appendChild(dl);
    var dialog = $('explain');
    if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
  }

  function explainMetric(m) {
    explain(humanMetric(m.metric) + ': ' + (STATE_TEXT[m.state] || m.state), [
      ['Policy', m.policy], ['Target', m.target + (m.businessHours ? ' (business hours)' : '')],
      ['Due', when(m.dueAt)], ['Elapsed', minutes(m.elapsedMinutes)],
      ['Remaining', minutes(m.remainingMinutes)], ['Paused for', minutes(m.pausedMinutes)],
      ['Breached at', when(m.breachedAt)], ['Why', m.reason]
    ]);
  }

  function explainQa(qa) {
    var rows = [['Scorecard', qa.scorecard], ['Score', qa.score],
      ['Result', qa.passed ? 'Pass' : 'Fail'], ['Auto-fail', qa.autoFail ? 'yes' : 'no']];
    (qa.checks || []).forEach(function (c) {
      rows.push([humanMetric(c.id), String(c.result).toUpperCase() + (c.evidence ? ' — ' + c.evidence : '')]);
    });
    explain('QA score', rows);
  }

  function explainDecisions(entries) {
    var rows = [];
    entries.slice().reverse().forEach(function (e) {
      rows.push([when(e.createdAt) + ' · ' + String(e.state || '').toLowerCase(),
        describeUpdate(e.update) + (e.reasons ? ' — ' + e.reasons : '')
          + (e.lastError ? ' (error: ' + e.lastError + ')' : '')]);
    });
    explain('Decisions and audit log', rows);
  }

  // ---------------------------------------------------------------- polling

  function refresh() {
    if (!transport) { return Promise.resolve(); }
    if (!transport.connector || !transport.ticket) {
      show('error', 'No ticket: open this page with ?connector=<name>&ticket=<id>.');
      return Promise.resolve();
    }
    return Promise.all(['sla', 'qa', 'decisions'].map(function (kind) {
      return transport.get(kind).catch(function () { return { status: 0, body: null }; });
    })).then(function (r) {
      var sla = r[0];
      if (sla.status === 0 || sla.status >= 500) {
        show('unreachable', 'Shiftlead is unreachable. Retrying…');
        if (last.sla) { setSections(true); }
        return;
      }
      if (sla.status === 401 || sla.status === 403) {
        setSections(false);
        show('denied', sla.status === 401
          ? (transport.session ? 'Your Shiftlead session has ended: reload the app to sign in again.'
            : 'Not signed in: the API token is missing or wrong.')
          : 'This API token may not read this ticket.');
        return;
      }
      if (sla.status === 404) {
        setSections(false);
        last.sla = null;
        show('not-seen', 'Shiftlead has not seen this ticket yet. It will appear after the next sync.');
        return;
      }
      if (sla.status === 200) { last.sla = sla.body; renderSla(sla.body); }
      if (r[1].status !== 304) { last.qa = r[1]; renderQa(r[1]); }
      if (r[2].status !== 304) { last.decisions = r[2]; renderDecisions(r[2]); }
      setSections(true);
      show('ready', '');
      $('updated').textContent = 'Updated ' + new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' })
        .format(new Date());
      if (firstRender) {
        firstRender = false;
        window.shiftleadFirstRenderMs = Math.round(performance.now());
      }
    });
  }

  function start() {
    document.body.setAttribute('data-state', 'loading');
    chooseTransport().then(function (t) {
      transport = t;
      return refresh();
    }).catch(function (e) {
      show('unreachable', 'Shiftlead is unreachable: ' + (e && e.message ? e.message : e));
    }).then(function () {
      setInterval(tick, 1000);
      timer = setInterval(refresh, POLL_MS);
    });
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) { refresh(); }
    });
  }

  window.shiftleadSidebar = { refresh: refresh, stop: function () { clearInterval(timer); } };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
