/*
 * Shiftlead admin console: connectors added from the console (ADR 0017). A form per connector
 * type built from the adapter's declared settings; secrets are password inputs, never prefilled
 * (the API never returns them); problems are shown next to their field. Kept apart from admin.js:
 * it reads the same tab token and tells admin.js to refresh the connector table after a change.
 */
(function () {
  'use strict';

  var base = new URL('../', window.location.href);
  var types = {};
  var editing = null; // name of the console connector being edited, or null when adding
  var fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  function $(id) { return document.getElementById(id); }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function token() {
    var stored = null;
    try { stored = window.sessionStorage.getItem('shiftlead.adminToken'); } catch (e) { /* none */ }
    // opened from the helpdesk with a signed load: the session token the page carries
    var session = document.querySelector('meta[name="shiftlead-session"]');
    return stored || (session && session.getAttribute('content')) || null;
  }
  function call(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (token()) { headers.Authorization = 'Bearer ' + token(); }
    var init = { method: method, headers: headers, cache: 'no-store' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(new URL(path, base), init).then(function (res) {
      return res.text().then(function (t) {
        var json = null;
        try { json = t ? JSON.parse(t) : null; } catch (e) { json = { error: t }; }
        return { status: res.status, body: json };
      });
    });
  }
  function changed() { document.dispatchEvent(new CustomEvent('shiftlead:connectors-changed')); }

  // ---------------------------------------------------------------- the form
  function fieldId(key) { return 'cx-setting-' + key; }

  function buildFields(values, secretsSet) {
    var fields = $('cx-fields');
    fields.textContent = '';
    var type = types[$('cx-type').value];
    if (!type) { return; }
    // required settings first; the optional ones (with defaults) folded under "More settings"
    var more = el('details', null, 'cx-more');
    more.id = 'cx-more';
    more.appendChild(el('summary', 'More settings (optional)'));
    var moreBox = el('div', null, 'stacked');
    more.appendChild(moreBox);
    type.settings.forEach(function (s) {
      var box = s.required ? fields : moreBox;
      var label = el('label', s.key + (s.required ? ' *' : ''));
      label.htmlFor = fieldId(s.key);
      var input = el('input');
      input.id = fieldId(s.key);
      input.name = s.key;
      input.setAttribute('data-setting', s.key);
      input.setAttribute('aria-describedby', fieldId(s.key) + '-help ' + fieldId(s.key) + '-error');
      if (s.secret) {
        input.type = 'password';
        input.autocomplete = 'new-password';
        input.setAttribute('data-secret', 'true');
        input.placeholder = secretsSet && secretsSet[s.key] && secretsSet[s.key].set
          ? 'set: leave empty to keep it' : (s.required ? 'required' : 'optional');
      } else {
        input.type = 'text';
        input.spellcheck = false;
        input.value = values && values[s.key] !== undefined ? values[s.key] : '';
        input.placeholder = s['default'] !== null && s['default'] !== undefined && s['default'] !== ''
          ? 'default ' + s['default'] : (s.required ? 'required' : 'optional');
      }
      var wrap = el('div', null, 'field');
      wrap.appendChild(input);
      var help = el('small', s.help, 'muted');
      help.id = fieldId(s.key) + '-help';
      wrap.appendChild(help);
      var error = el('span', '', 'field-error bad');
      error.id = fieldId(s.key) + '-error';
      error.setAttribute('role', 'alert');
      wrap.appendChild(error);
      box.appendChild(label);
      box.appendChild(wrap);
    });
    if (moreBox.childNodes.length) { fields.appendChild(more); }
    if (values && Object.keys(values).some(function (k) {
      return type.settings.some(function (s) { return s.key === k && !s.required; });
    })) { more.open = true; }
  }

  function definition() {
    var settings = {};
    Array.prototype.forEach.call($('cx-fields').querySelectorAll('input[data-setting]'), function (input) {
      if (input.value !== '') { settings[input.getAttribute('data-setting')] = input.value; }
    });
    var poll = $('cx-poll').value.trim();
    return { name: $('cx-name').value.trim(), type: $('cx-type').value,
      pollIntervalSeconds: poll === '' ? null : Number(poll), settings: settings };
  }

  function clearErrors() {
    Array.prototype.forEach.call($('connector-admin').querySelectorAll('.field-error'), function (e) { e.textContent = ''; });
    Array.prototype.forEach.call($('connector-admin').querySelectorAll('[aria-invalid]'), function (e) { e.removeAttribute('aria-invalid'); });
    $('cx-result').textContent = '';
  }

  function showErrors(body, status) {
    var problems = (body && body.problems) || [];
    var unplaced = [];
    problems.forEach(function (p) {
      var id = p.field === 'name' ? 'cx-name' : p.field === 'type' ? 'cx-type'
        : p.field === 'pollIntervalSeconds' ? 'cx-poll'
        : p.field.indexOf('settings.') === 0 ? fieldId(p.field.slice(9)) : null;
      var target = id && $(id + '-error');
      if (target) {
        if ($('cx-more') && $('cx-more').contains(target)) { $('cx-more').open = true; }
        target.textContent = p.message;
        $(id).setAttribute('aria-invalid', 'true');
      } else {
        unplaced.push((p.field ? p.field + ': ' : '') + p.message);
      }
    });
    var out = $('cx-result');
    out.className = 'bad';
    out.textContent = ((body && body.error) || ('failed: ' + status)) + (unplaced.length ? ' — ' + unplaced.join('; ') : '');
  }

  function resetForm() {
    editing = null;
    var type = $('cx-type').value;
    $('cx-form').reset();
    $('cx-type').value = type; // the next one is often of the same type
    $('cx-type').disabled = false;
    $('cx-name').readOnly = false;
    $('cx-save').textContent = 'Add connector';
    $('cx-cancel').hidden = true;
    $('cx-form-title').textContent = 'Add a connector';
    buildFields();
    clearErrors();
  }

  function save(e) {
    e.preventDefault();
    clearErrors();
    var d = definition();
    var request = editing
      ? call('PUT', 'api/v1/admin/connectors/' + encodeURIComponent(editing), d)
      : call('POST', 'api/v1/admin/connectors', d);
    $('cx-result').className = 'muted';
    $('cx-result').textContent = 'Saving…';
    request.then(function (r) {
      if (r.status === 200 || r.status === 201) {
        var name = r.body.name;
        resetForm();
        $('cx-result').className = 'ok';
        $('cx-result').textContent = r.status === 201 ? '✔ Added ' + name + ': it starts syncing now.' : '✔ Saved ' + name + ': restarted with the new settings.';
        loadList();
        changed();
      } else {
        showErrors(r.body, r.status);
      }
    }, function () { $('cx-result').textContent = 'Shiftlead is unreachable.'; });
  }

  function test() {
    clearErrors();
    var out = $('cx-result');
    out.className = 'muted';
    out.textContent = 'Testing…';
    call('POST', 'api/v1/admin/connectors/test', definition()).then(function (r) {
      if (r.status !== 200 || !r.body) { showErrors(r.body, r.status); return; }
      out.className = r.body.ok ? 'ok' : 'bad';
      out.textContent = r.body.ok ? '✔ Connected: the helpdesk accepted the credentials (' + r.body.millis + ' ms). Not saved yet.'
        : '✖ ' + r.body.error + (r.body.retriable ? ' (temporary)' : '') + ': ' + r.body.message;
    }, function () { out.textContent = 'Shiftlead is unreachable.'; });
  }

  // ---------------------------------------------------------------- the list and the change log
  function edit(c) {
    editing = c.name;
    $('cx-type').value = c.type;
    $('cx-type').disabled = true;
    $('cx-name').value = c.name;
    $('cx-name').readOnly = true;
    $('cx-poll').value = c.pollIntervalSeconds;
    buildFields(c.settings, c.secrets);
    $('cx-save').textContent = 'Save changes';
    $('cx-cancel').hidden = false;
    $('cx-form-title').textContent = 'Change connector ' + c.name;
    clearErrors();
    $('cx-name').focus();
  }

  function remove(c) {
    if (!window.confirm('Delete connector ' + c.name + '? It stops syncing; its stored tickets stay.')) { return; }
    call('DELETE', 'api/v1/admin/connectors/' + encodeURIComponent(c.name)).then(function (r) {
      $('cx-result').className = r.status === 200 ? 'ok' : 'bad';
      $('cx-result').textContent = r.status === 200 ? 'Deleted ' + c.name + '.' : ((r.body && r.body.error) || 'failed: ' + r.status);
      if (editing === c.name) { resetForm(); }
      loadList();
      changed();
    });
  }

  function loadList() {
    call('GET', 'api/v1/admin/connectors').then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      $('cx-key-warning').hidden = r.body.secretsCanBeStored;
      var tbody = $('cx-list').querySelector('tbody');
      tbody.textContent = '';
      r.body.connectors.forEach(function (c) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-connector', c.name);
        var secrets = Object.keys(c.secrets || {}).map(function (k) { return k + ': ' + (c.secrets[k].set ? 'set' : 'not set'); });
        var settings = Object.keys(c.settings || {}).map(function (k) { return k + '=' + c.settings[k]; });
        [c.name, c.type, c.source === 'config' ? 'shiftlead.yaml' : 'console' + (c.running ? '' : ' (not running: shiftlead.yaml has this name)'),
          settings.join(', '), secrets.join(', ') || '–',
          c.updatedAt ? fmt.format(new Date(c.updatedAt)) + ' by ' + c.updatedBy : '–'].forEach(function (v) {
          tr.appendChild(el('td', v));
        });
        var actions = el('td');
        if (c.source === 'console') {
          var e = el('button', 'Edit'); e.type = 'button'; e.addEventListener('click', function () { edit(c); });
          var d = el('button', 'Delete'); d.type = 'button'; d.addEventListener('click', function () { remove(c); });
          actions.appendChild(e); actions.appendChild(document.createTextNode(' ')); actions.appendChild(d);
        } else {
          actions.appendChild(el('span', 'edit shiftlead.yaml', 'muted'));
        }
        tr.appendChild(actions);
        tbody.appendChild(tr);
      });
      loadChanges();
    }, function () { /* admin.js shows unreachable */ });
  }

  function loadChanges() {
    call('GET', 'api/v1/admin/connector-changes').then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      var tbody = $('cx-changes').querySelector('tbody');
      tbody.textContent = '';
      r.body.entries.slice(0, 50).forEach(function (c) {
        var tr = document.createElement('tr');
        [fmt.format(new Date(c.at)), c.actor, c.action, c.subject, c.detail || ''].forEach(function (v) { tr.appendChild(el('td', v)); });
        tbody.appendChild(tr);
      });
      $('cx-changes').hidden = !r.body.entries.length;
    });
  }

  function loadTypes() {
    return call('GET', 'api/v1/admin/connector-types').then(function (r) {
      if (r.status !== 200 || !r.body) { return; }
      var select = $('cx-type');
      var previous = select.value;
      select.textContent = '';
      types = {};
      r.body.types.forEach(function (t) { types[t.type] = t; select.appendChild(el('option', t.type)); });
      if (previous && types[previous]) { select.value = previous; }
      $('cx-key-warning').hidden = r.body.secretsCanBeStored;
      if (!editing) { buildFields(); }
      loadList();
    }, function () { /* admin.js shows unreachable */ });
  }

  $('cx-type').addEventListener('change', function () { buildFields(); clearErrors(); });
  $('cx-form').addEventListener('submit', save);
  $('cx-test').addEventListener('click', test);
  $('cx-cancel').addEventListener('click', resetForm);
  $('token-form').addEventListener('submit', function () { setTimeout(loadTypes, 0); });
  loadTypes();
})();
