/*
 * The editors' page: list the procedures, edit a procedure's Markdown file as a draft, see how search ranks it,
 * publish, discard, unpublish, read the history and restore an earlier revision. Everything goes through the editor
 * API (/api/v1/kb/procedures, role EDITOR) with the signed-in session; nothing here decides what is valid: the
 * server's content check does, and its problems are listed field by field.
 */
(function () {
  'use strict';

  var API = '/api/v1/kb/procedures';
  var ACTIONS = {
    imported: 'importada de kb-content', draft_saved: 'borrador guardado', draft_discarded: 'borrador descartado',
    published: 'publicada', restored: 'restaurada', unpublished: 'despublicada'
  };
  var state = { procedures: [], current: null, history: null, isNew: false };

  function $(id) { return document.getElementById(id); }

  function text(value) { return value == null ? '' : String(value); }

  function escape(value) {
    return text(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* Search snippets mark the matched words with <mark>: keep those, escape everything else. */
  function snippet(value) {
    return escape(value).replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('es-ES', { dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  function notice(message) { $('errors').textContent = ''; $('notices').textContent = message; }

  function failure(message) { $('notices').textContent = ''; $('errors').textContent = message; }

  function call(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      if (response.status === 401) {
        window.location.href = '/login';
        throw new Error('Tu sesión ha caducado.');
      }
      if (response.status === 204) { return null; }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json.message || 'El servidor no ha podido hacerlo (' + response.status + ').');
          error.problems = json.problems || [];
          throw error;
        }
        return json;
      });
    });
  }

  function loadSession() {
    return call('GET', '/api/v1/kb/session').then(function (session) {
      $('editor-name').textContent = session.user;
      if (session.csrf) {
        $('csrf').name = session.csrf.parameterName;
        $('csrf').value = session.csrf.token;
      }
    });
  }

  function loadList() {
    return call('GET', API).then(function (procedures) {
      state.procedures = procedures;
      renderList();
    });
  }

  function stateOf(p) {
    if (p.draftRevision != null && p.publishedRevision != null) {
      return 'publicada (rev. ' + p.publishedRevision + ') · borrador (rev. ' + p.draftRevision + ')';
    }
    if (p.draftRevision != null) { return 'solo borrador (rev. ' + p.draftRevision + ')'; }
    if (p.publishedRevision != null) { return 'publicada (rev. ' + p.publishedRevision + ')'; }
    return 'no publicada';
  }

  function renderList() {
    var filter = $('filter').value.trim().toLowerCase();
    var list = $('procedures');
    list.textContent = '';
    state.procedures
      .filter(function (p) {
        return !filter || p.procedureId.indexOf(filter) >= 0 || text(p.title).toLowerCase().indexOf(filter) >= 0;
      })
      .forEach(function (p) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('aria-current', String(state.current === p.procedureId));
        button.innerHTML = escape(p.title || p.procedureId) + '<span class="meta">' + escape(p.procedureId) + ' · '
          + escape(stateOf(p)) + '</span>';
        button.addEventListener('click', function () { open(p.procedureId); });
        item.appendChild(button);
        list.appendChild(item);
      });
  }

  function listed(id) {
    return state.procedures.filter(function (p) { return p.procedureId === id; })[0];
  }

  function open(id) {
    var p = listed(id);
    state.current = id;
    state.isNew = false;
    $('problems').textContent = '';
    $('preview-hits').textContent = '';
    $('preview-rank').textContent = '';
    var source = p.draftRevision != null ? call('GET', API + '/' + id + '/draft')
      : p.publishedRevision != null ? call('GET', API + '/' + id + '/revisions/' + p.publishedRevision)
        : lastRevision(id);
    return source.then(function (revision) {
      show(p.title || id, revision ? revision.markdown : '');
      renderList();
      return loadHistory(id);
    }).catch(function (e) { failure(e.message); });
  }

  /* An unpublished procedure without a draft: start from its latest revision. */
  function lastRevision(id) {
    return call('GET', API + '/' + id + '/history').then(function (history) {
      var withRevision = history.entries.filter(function (e) { return e.revision != null; })[0];
      return withRevision ? call('GET', API + '/' + id + '/revisions/' + withRevision.revision) : null;
    });
  }

  function show(title, markdown) {
    $('nothing').hidden = true;
    $('editor').hidden = false;
    $('procedure-title').textContent = title;
    $('markdown').value = markdown;
    renderState();
    $('ficha').focus();
  }

  function renderState() {
    var p = listed(state.current);
    $('procedure-state').textContent = state.isNew ? 'Ficha nueva: todavía no se ha guardado.'
      : p ? state.current + ' · ' + stateOf(p) : state.current;
    $('publish').disabled = !p || p.draftRevision == null;
    $('discard').disabled = !p || p.draftRevision == null;
    $('unpublish').disabled = !p || p.publishedRevision == null;
    $('preview-form').querySelector('button').disabled = !p || p.draftRevision == null;
  }

  function loadHistory(id) {
    return call('GET', API + '/' + id + '/history').then(function (history) {
      state.history = history;
      var body = $('history');
      body.textContent = '';
      history.entries.forEach(function (entry) {
        var row = document.createElement('tr');
        row.innerHTML = '<td>' + escape(entry.revision) + '</td><td>' + escape(ACTIONS[entry.action] || entry.action)
          + '</td><td>' + escape(entry.by) + '</td><td>' + escape(when(entry.at)) + '</td><td>'
          + escape((entry.changes || []).join(', ')) + '</td><td></td>';
        var canRestore = entry.revision != null && entry.revision !== history.published
          && entry.action !== 'draft_discarded';
        if (canRestore) {
          var restore = document.createElement('button');
          restore.type = 'button';
          restore.className = 'secondary';
          restore.textContent = 'Restaurar';
          restore.setAttribute('aria-label', 'Restaurar la revisión ' + entry.revision);
          restore.addEventListener('click', function () { restoreRevision(entry.revision); });
          row.lastChild.appendChild(restore);
        }
        body.appendChild(row);
      });
    });
  }

  function refresh(message) {
    return loadList().then(function () {
      renderState();
      renderList();
      notice(message);
      return loadHistory(state.current);
    });
  }

  function save() {
    $('problems').textContent = '';
    return call('PUT', API + '/' + state.current + '/draft', { markdown: $('markdown').value })
      .then(function (change) {
        state.isNew = false;
        var changed = change.changes && change.changes.length ? ' Cambios: ' + change.changes.join(', ') + '.' : '';
        return refresh('Borrador guardado (revisión ' + change.revision + ').' + changed);
      })
      .catch(function (e) {
        failure(e.message);
        e.problems.forEach(function (problem) {
          var item = document.createElement('li');
          item.textContent = problem.field + ': ' + problem.message;
          $('problems').appendChild(item);
        });
      });
  }

  function publish() {
    return call('POST', API + '/' + state.current + '/publish')
      .then(function (change) {
        return refresh('Publicada la revisión ' + change.revision + ': los ciudadanos ya la encuentran.');
      })
      .catch(function (e) { failure(e.message); });
  }

  function discard() {
    return call('DELETE', API + '/' + state.current + '/draft')
      .then(function () { return refresh('Borrador descartado.'); })
      .then(function () { return open(state.current); })
      .catch(function (e) { failure(e.message); });
  }

  function unpublish() {
    if (!window.confirm('¿Despublicar «' + state.current + '»? Dejará de aparecer en las respuestas.')) { return; }
    return call('DELETE', API + '/' + state.current)
      .then(function () { return refresh('Ficha despublicada. Puedes restaurarla desde el historial.'); })
      .catch(function (e) { failure(e.message); });
  }

  function restoreRevision(revision) {
    return call('POST', API + '/' + state.current + '/revisions/' + revision + '/restore')
      .then(function (change) {
        return refresh('Restaurada la revisión ' + revision + ' como revisión ' + change.revision + '.');
      })
      .then(function () { return open(state.current); })
      .catch(function (e) { failure(e.message); });
  }

  function preview(event) {
    event.preventDefault();
    var question = $('question').value.trim();
    if (!question) { failure('Escribe una pregunta para probar.'); return; }
    call('GET', API + '/' + state.current + '/draft/preview?limit=5&q=' + encodeURIComponent(question))
      .then(function (result) {
        $('preview-rank').textContent = result.rank
          ? 'Con el borrador, esta ficha sale en la posición ' + result.rank + '.'
          : 'Con el borrador, esta ficha no sale entre los primeros resultados.';
        var hits = $('preview-hits');
        hits.textContent = '';
        result.hits.forEach(function (hit) {
          var item = document.createElement('li');
          if (hit.id === state.current) { item.className = 'mine'; }
          item.innerHTML = escape(hit.title) + ' <span class="meta">(' + escape(hit.id) + ', '
            + hit.score.toFixed(2) + ')</span><br>' + snippet(hit.snippet);
          hits.appendChild(item);
        });
      })
      .catch(function (e) { failure(e.message); });
  }

  function startNew(event) {
    event.preventDefault();
    var id = $('new-id').value.trim();
    if (listed(id)) { open(id); return; }
    state.current = id;
    state.isNew = true;
    $('history').textContent = '';
    show(id, ['---', 'id: ' + id, 'title: ', 'category: ', 'summary: ', 'synonyms: []', 'intents: [procedure_info]',
      'needs_appointment: false', 'fee: ', 'channels: [online, telefono-010]', 'official_url: https://www.madrid.es/',
      'related: []', 'sources:', '  - https://www.madrid.es/', 'last_reviewed: ' + new Date().toISOString().slice(0, 10),
      'confidence: medium', '---', '## Qué es', '', '## Quién puede hacerlo', '', '## Documentación', '',
      '## Cómo y dónde', '', ''].join('\n'));
  }

  $('filter').addEventListener('input', renderList);
  $('save').addEventListener('click', save);
  $('publish').addEventListener('click', publish);
  $('discard').addEventListener('click', discard);
  $('unpublish').addEventListener('click', unpublish);
  $('preview-form').addEventListener('submit', preview);
  $('new-form').addEventListener('submit', startNew);

  loadSession().then(loadList).catch(function (e) { failure(e.message); });
}());
