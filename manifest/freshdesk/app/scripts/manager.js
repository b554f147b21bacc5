/* Freshdesk full-page app: connector status from Shiftlead through the getStatus request template. */
(function () {
  'use strict';
  function cell(text) { var td = document.createElement('td'); td.textContent = text == null ? '–' : String(text); return td; }
  var fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  function when(iso) { return iso ? fmt.format(new Date(iso)) : '–'; }
  function show(text) { var m = document.getElementById('status-message'); m.textContent = text; m.hidden = !text; }
  (function wait() {
    if (!(window.app && window.app.initialized)) { setTimeout(wait, 50); return; }
    window.app.initialized().then(function (client) {
      return client.request.invokeTemplate('getStatus', {});
    }).then(function (res) {
      var body = JSON.parse(res.response);
      var rows = document.querySelector('#connectors tbody');
      (body.connectors || []).forEach(function (c) {
        var tr = document.createElement('tr');
        [c.name, c.state, c.ticketsSeen, when(c.lastSyncAt), c.lastError].forEach(function (v) { tr.appendChild(cell(v)); });
        rows.appendChild(tr);
      });
      document.getElementById('connectors').hidden = false;
      show('');
    }, function (err) {
      show(err && err.status === 403 ? 'This API token is not an admin token.' : 'Shiftlead is unreachable.');
    });
  })();
})();
