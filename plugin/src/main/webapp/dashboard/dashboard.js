// Shiftlead manager dashboard: everything comes from GET /api/v1/reports/kpis (JSON), and every
// table links to the same report as CSV. Plain JS, ECharts served from the WAR.
(function () {
  'use strict';
  var API = '../api/v1/reports/kpis';
  var TILES = [
    ['first_reply_median_minutes', 'First reply, median', 'min'],
    ['first_reply_p90_minutes', 'First reply, p90', 'min'],
    ['resolution_median_minutes', 'Resolution, median', 'min'],
    ['handle_average_minutes', 'Handle time (approx.), avg', 'min'],
    ['one_touch_rate', 'One-touch', '%'],
    ['reopen_rate', 'Reopen rate', '%'],
    ['sla_first_reply_compliance', 'SLA first reply', '%'],
    ['sla_resolution_compliance', 'SLA resolution', '%'],
    ['backlog', 'Backlog', ''],
    ['backlog_average_age_hours', 'Backlog age, avg', 'h'],
    ['created_per_day', 'Created / day', ''],
    ['solved_per_day', 'Solved / day', ''],
    ['csat', 'CSAT', '%'],
    ['nps', 'NPS', ''],
    ['ces', 'CES (1-7)', ''],
    ['qa_average', 'QA average', ''],
    ['negative_followed_up', 'Detractors followed up', ''],
    ['follow_up_median_minutes', 'Follow-up, median', 'min']
  ];
  var LOWER = ['first_reply_median_minutes', 'first_reply_p90_minutes',
    'resolution_median_minutes', 'resolution_p90_minutes', 'resolution_average_minutes',
    'handle_average_minutes', 'reopen_rate', 'backlog', 'backlog_average_age_hours',
    'follow_up_median_minutes'];
  var charts = {};

  function $(id) { return document.getElementById(id); }

  function fmt(v, unit) {
    if (v === null || v === undefined) { return '–'; }
    if (unit === '%') { return (v * 100).toFixed(1) + ' %'; }
    var n = Math.abs(v) >= 100 ? v.toFixed(0) : (Math.round(v * 10) / 10).toString();
    return unit ? n + ' ' + unit : n;
  }

  function dates() {
    var days = parseInt($('period').value, 10);
    var to = new Date(); to.setUTCHours(0, 0, 0, 0); to.setUTCDate(to.getUTCDate() + 1);
    var from = new Date(to.getTime() - days * 86400000);
    return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  }

  function url(groupBy, format) {
    var d = dates();
    var q = 'from=' + d.from + '&to=' + d.to + '&groupBy=' + groupBy;
    var c = $('connector').value.trim();
    if (c) { q += '&connector=' + encodeURIComponent(c); }
    if (format) { q += '&format=' + format; }
    return API + '?' + q;
  }

  function get(groupBy) {
    return fetch(url(groupBy), { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }

  function fillSelect(select, slices) {
    var current = select.value;
    select.innerHTML = '<option value="">all</option>';
    slices.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.key; o.textContent = s.key;
      select.appendChild(o);
    });
    select.value = current;
  }

  function pick(report, groups, channels) {
    // the group or channel filter shows that slice's values in the tiles
    var g = $('group').value, c = $('channel').value;
    var source = g ? groups : c ? channels : null;
    var key = g || c;
    if (!source) { return { values: report.total, previous: report.previousTotal }; }
    var slice = source.slices.find(function (s) { return s.key === key; });
    return slice ? { values: slice.values, previous: slice.previous || {} }
      : { values: {}, previous: {} };
  }

  function tiles(report, chosen) {
    var goals = report.goals || {};
    $('tiles').innerHTML = '';
    TILES.forEach(function (t) {
      var v = chosen.values[t[0]], p = chosen.previous[t[0]], goal = goals[t[0]];
      var div = document.createElement('div');
      var state = '';
      if (goal !== undefined && v !== null && v !== undefined) {
        var missed = LOWER.indexOf(t[0]) >= 0 ? v > goal : v < goal;
        state = missed ? ' missed' : ' ok';
      }
      div.className = 'tile' + state;
      div.setAttribute('data-kpi', t[0]);
      div.innerHTML = '<div class="name"></div><div class="value"></div><div class="sub"></div>';
      div.querySelector('.name').textContent = t[1];
      div.querySelector('.value').textContent = fmt(v, t[2]);
      div.querySelector('.sub').textContent = 'before: ' + fmt(p, t[2])
        + (goal !== undefined ? ' · goal ' + fmt(goal, t[2]) : '');
      $('tiles').appendChild(div);
    });
  }

  function flags(report) {
    var box = $('flags');
    box.innerHTML = '';
    report.flags.forEach(function (f) {
      var div = document.createElement('div');
      div.className = 'flag ' + f.kind;
      div.textContent = f.message;
      box.appendChild(div);
    });
  }

  function line(id, title, days, series, percent) {
    var el = $(id);
    if (typeof echarts === 'undefined') { el.textContent = 'charting library missing'; return; }
    charts[id] = charts[id] || echarts.init(el);
    charts[id].setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 24 },
      grid: { top: 60, left: 50, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', axisLabel: percent ? { formatter: function (v) {
        return Math.round(v * 100) + '%'; } } : {} },
      series: series.map(function (s) {
        return { name: s[0], type: 'line', smooth: true, connectNulls: true, data: s[1] };
      })
    }, true);
  }

  function trends(byDay, byWeek) {
    var days = byDay.slices.map(function (s) { return s.key; });
    function col(report, k) { return report.slices.map(function (s) { return s.values[k]; }); }
    line('chart-volume', 'Created and solved per day', days,
      [['created', col(byDay, 'created')], ['solved', col(byDay, 'solved')],
       ['backlog', col(byDay, 'backlog')]]);
    line('chart-frt', 'First reply time per day (minutes)', days,
      [['median', col(byDay, 'first_reply_median_minutes')],
       ['p90', col(byDay, 'first_reply_p90_minutes')]]);
    line('chart-satisfaction', 'CSAT and one-touch per week',
      byWeek.slices.map(function (s) { return s.key; }),
      [['CSAT', col(byWeek, 'csat')], ['one-touch', col(byWeek, 'one_touch_rate')]], true);
  }

  function table(id, columns, rows) {
    var thead = $(id).querySelector('thead'), tbody = $(id).querySelector('tbody');
    thead.innerHTML = '';
    tbody.innerHTML = '';
    var tr = document.createElement('tr');
    columns.forEach(function (c) {
      var th = document.createElement('th'); th.textContent = c[0]; tr.appendChild(th);
    });
    thead.appendChild(tr);
    rows.forEach(function (r) {
      var row = document.createElement('tr');
      columns.forEach(function (c) {
        var td = document.createElement('td'); td.textContent = c[1](r); row.appendChild(td);
      });
      tbody.appendChild(row);
    });
  }

  function agents(byAgent) {
    function v(k, unit) { return function (s) { return fmt(s.values[k], unit); }; }
    table('agents', [
      ['Agent', function (s) { return s.key; }],
      ['Solved', v('solved')], ['Created', v('created')],
      ['FRT median', v('first_reply_median_minutes', 'min')],
      ['Handle time (approx.)', v('handle_average_minutes', 'min')],
      ['CSAT', v('csat', '%')], ['QA', v('qa_average')],
      ['SLA first reply', v('sla_first_reply_compliance', '%')],
      ['SLA resolution', v('sla_resolution_compliance', '%')],
      ['Backlog', v('backlog')]
    ], byAgent.slices);
    $('agents-csv').href = url('agent', 'csv');
    $('days-csv').href = url('day', 'csv');
  }

  function negatives(report) {
    table('negatives', [
      ['Ticket', function (n) { return n.ticketId || '–'; }],
      ['Kind', function (n) { return n.kind; }],
      ['Agent', function (n) { return n.agent || '–'; }],
      ['Answered', function (n) { return (n.answeredAt || '').replace('T', ' ').slice(0, 16); }],
      ['Comment', function (n) { return n.comment || ''; }],
      ['Followed up after', function (n) { return fmt(n.followUpMinutes, 'min'); }]
    ], report.negativeSurveys);
  }

  function load(event) {
    if (event) { event.preventDefault(); }
    $('status').className = 'status';
    $('status').textContent = 'Loading…';
    Promise.all([get('none'), get('day'), get('week'), get('agent'), get('group'),
      get('channel')]).then(function (r) {
      fillSelect($('group'), r[4].slices);
      fillSelect($('channel'), r[5].slices);
      tiles(r[0], pick(r[0], r[4], r[5]));
      flags(r[0]);
      trends(r[1], r[2]);
      agents(r[3]);
      negatives(r[0]);
      $('status').textContent = r[0].connector + ': ' + r[0].from + ' to ' + r[0].to
        + ' (to exclusive, UTC), compared with the period before.';
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (e) {
      $('status').className = 'status error';
      $('status').textContent = 'Could not load the KPIs: ' + e.message;
    });
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get('days')) { $('period').value = params.get('days'); }
  if (params.get('connector')) { $('connector').value = params.get('connector'); }
  $('filters').addEventListener('submit', load);
  ['period', 'group', 'channel'].forEach(function (id) { $(id).addEventListener('change', load); });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  load();
}());
