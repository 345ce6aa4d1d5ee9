/*
 * Agent console of Línea Madrid.
 *
 * The desk on the server is the source of truth: the console renders what it pushes (the agent's desk on
 * /user/queue/agent.desk, conversation events on /user/queue/agent.events, packets on /user/queue/agent.packet) and
 * sends commands to /app/agent/... over STOMP. Actions for the citizen (an alert, an appointment) start from forms the
 * server fills from the conversation (GET .../alert-draft, .../appointment-draft) and answer on
 * /user/queue/agent.actions. Supervisors also watch the live board on /user/queue/supervisor.board. On every (re)connection it reads the desk and catches up each of the
 * agent's conversations from the event log (GET /api/v1/handoff/conversations/{id}/events?afterSeq=n), so a dropped
 * connection loses nothing. Everything is rendered with textContent: no message can inject markup.
 */
(function () {
  'use strict';

  var REASONS = {
    citizen_asked: 'Lo ha pedido el ciudadano',
    not_understood: 'El asistente no le entendía',
    action_failed: 'Falló una gestión',
    priority_citizen: 'Atención preferente',
    agent_pickup: 'La atiende un agente',
    transfer: 'Transferida',
    agent_left: 'Su agente se desconectó',
    supervisor_reassigned: 'Reasignada por supervisión'
  };
  var ACTION_NAMES = { file_alert: 'Aviso', book_appointment: 'Cita' };
  var CHANNELS = { web: 'Web', whatsapp: 'WhatsApp', sms: 'SMS', api: 'App' };
  var WHO = { citizen: 'Ciudadano', bot: 'Asistente', agent: 'Agente', system: '' };

  var state = {
    desk: null,
    stomp: null,
    conversations: {},
    selected: null,
    supervisor: false,
    board: null,
    forms: { alert: null, appointment: null }
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key.indexOf('on') === 0) node.addEventListener(key.substring(2), attrs[key]);
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function time(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleTimeString('es-ES', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit' });
  }

  function waited(iso) {
    var minutes = Math.floor((Date.now() - new Date(iso).getTime()) / 60000);
    return minutes < 1 ? 'hace menos de un minuto' : 'hace ' + minutes + ' min';
  }

  function notice(text) { $('notices').textContent = text; }

  function error(text) {
    $('errors').textContent = text;
    window.clearTimeout(error.timer);
    error.timer = window.setTimeout(function () { $('errors').textContent = ''; }, 8000);
  }

  // ---------------------------------------------------------------- HTTP

  function api(path) {
    return fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 401 || response.redirected) {
          window.location.href = '/login';
          throw new Error('Sesión caducada');
        }
        return response.json().then(function (json) {
          if (!response.ok) throw new Error(json.message || 'Error ' + response.status);
          return json;
        });
      });
  }

  function loadDesk() {
    return api('/api/v1/handoff/desk').then(function (body) {
      if (body.csrf) {
        $('csrf').name = body.csrf.parameterName;
        $('csrf').value = body.csrf.token;
      }
      state.supervisor = !!body.supervisor;
      $('supervision').hidden = !state.supervisor;
      renderDesk(body.desk);
      return body.desk;
    });
  }

  /** Catches up every conversation the agent holds: the packet when new, the missed events otherwise. */
  function catchUp(desk) {
    desk.conversations.forEach(function (held) {
      var known = state.conversations[held.conversationId];
      if (!known) {
        api('/api/v1/handoff/conversations/' + encodeURIComponent(held.conversationId) + '/packet')
          .then(receivePacket).catch(function (e) { error(e.message); });
        return;
      }
      api('/api/v1/handoff/conversations/' + encodeURIComponent(held.conversationId) + '/events?afterSeq=' +
          known.lastSeq)
        .then(function (events) { events.forEach(receiveEvent); })
        .catch(function (e) { error(e.message); });
    });
  }

  // ---------------------------------------------------------------- STOMP

  function connect() {
    var url = window.location.origin.replace(/^http/, 'ws') + '/ws/agent';
    var client = new window.StompJs.Client({
      brokerURL: url,
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    });
    client.onConnect = function () {
      $('connection').textContent = 'Conectado';
      client.subscribe('/user/queue/agent.desk', function (frame) { renderDesk(JSON.parse(frame.body)); });
      client.subscribe('/user/queue/agent.events', function (frame) { receiveEvent(JSON.parse(frame.body)); });
      client.subscribe('/user/queue/agent.packet', function (frame) { receivePacket(JSON.parse(frame.body)); });
      client.subscribe('/user/queue/agent.notices', function (frame) { notice(JSON.parse(frame.body).text); });
      client.subscribe('/user/queue/errors', function (frame) { refused(JSON.parse(frame.body)); });
      client.subscribe('/user/queue/agent.actions', function (frame) { actionResult(JSON.parse(frame.body)); });
      loadDesk().then(function (desk) {
        catchUp(desk);
        if (state.supervisor) {
          client.subscribe('/user/queue/supervisor.board', function (frame) { renderBoard(JSON.parse(frame.body)); });
          api('/api/v1/handoff/supervision').then(renderBoard).catch(function (e) { error(e.message); });
        }
      }).catch(function (e) { error(e.message); });
    };
    client.onWebSocketClose = function () { $('connection').textContent = 'Sin conexión: reconectando…'; };
    client.onStompError = function (frame) { error(frame.headers.message || 'Error de conexión'); };
    state.stomp = client;
    client.activate();
  }

  function send(command, body) {
    if (!state.stomp || !state.stomp.connected) {
      error('No hay conexión con el servidor. Espera a que se reconecte e inténtalo de nuevo.');
      return false;
    }
    state.stomp.publish({
      destination: '/app/agent/' + command,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' }
    });
    return true;
  }

  // ---------------------------------------------------------------- the desk

  function renderDesk(desk) {
    var previous = state.desk;
    state.desk = desk;
    $('agent-name').textContent = desk.displayName;
    $('presence').value = desk.presence;
    renderOffers(desk);
    renderMine(desk);
    renderQueues(desk);
    renderCallbacks(desk);
    renderChoices(desk);
    // Only conversations that left the desk are dropped: a packet may arrive just before the desk that lists it.
    var held = desk.conversations.map(function (c) { return c.conversationId; });
    var before = previous ? previous.conversations.map(function (c) { return c.conversationId; }) : [];
    before.forEach(function (id) {
      if (held.indexOf(id) < 0) {
        delete state.conversations[id];
        if (state.selected === id) {
          state.selected = null;
          showWork(false);
          notice('La conversación ya no está contigo (transferida, devuelta al asistente o cerrada).');
        }
      }
    });
    if (previous && desk.offers.length > previous.offers.length) {
      notice('Tienes una conversación nueva para aceptar.');
    }
  }

  function describe(item) {
    var parts = [REASONS[item.reason] || item.reason, CHANNELS[item.channel] || item.channel];
    return parts.filter(Boolean).join(' · ');
  }

  function priorityBadge(item) {
    return item.priority ? el('span', { 'class': 'badge', text: 'Preferente' }) : null;
  }

  function renderOffers(desk) {
    var list = $('offers');
    clear(list);
    desk.offers.forEach(function (offer) {
      list.appendChild(el('li', {}, [
        el('span', {}, [
          el('span', { text: 'Cola ' + queueTitle(offer.queue) + ' ' }), priorityBadge(offer),
          el('span', { 'class': 'meta', text: describe(offer) + ' · espera ' + waited(offer.requestedAt) +
              ' · caduca a las ' + time(offer.expiresAt) })
        ]),
        el('button', {
          type: 'button', text: 'Aceptar',
          'aria-label': 'Aceptar la conversación de la cola ' + queueTitle(offer.queue),
          onclick: function () { send('accept', { conversationId: offer.conversationId }); }
        })
      ]));
    });
    $('offers-empty').hidden = desk.offers.length > 0;
  }

  function renderMine(desk) {
    var list = $('mine');
    clear(list);
    desk.conversations.forEach(function (held, index) {
      var item = el('li', { 'class': state.selected === held.conversationId ? 'selected' : '' }, [
        el('span', {}, [
          el('span', { text: 'Conversación ' + (index + 1) + ' ' }), priorityBadge(held),
          el('span', { 'class': 'meta', text: describe(held) + ' · desde las ' + time(held.since) })
        ]),
        el('button', {
          type: 'button', 'class': 'secondary', text: 'Abrir',
          'aria-label': 'Abrir la conversación ' + (index + 1),
          onclick: function () { select(held.conversationId); }
        })
      ]);
      list.appendChild(item);
    });
    $('mine-empty').hidden = desk.conversations.length > 0;
  }

  function renderQueues(desk) {
    var box = $('queues');
    clear(box);
    desk.queues.forEach(function (queue) {
      var list = el('ul', { 'class': 'items' });
      queue.waiting.forEach(function (waiting) {
        list.appendChild(el('li', {}, [
          el('span', {}, [
            el('span', { text: waiting.position + '.º ' }), priorityBadge(waiting),
            el('span', { 'class': 'meta', text: describe(waiting) + ' · espera ' + waited(waiting.requestedAt) +
                (waiting.offeredTo ? ' · ofrecida a ' + waiting.offeredTo : '') })
          ]),
          el('button', {
            type: 'button', 'class': 'secondary', text: 'Atender',
            'aria-label': 'Atender la conversación ' + waiting.position + ' de la cola ' + queue.title,
            onclick: function () { send('accept', { conversationId: waiting.conversationId }); }
          })
        ]));
      });
      box.appendChild(el('div', { 'class': 'queue' }, [
        el('h3', { text: queue.title + ' (' + queue.waiting.length + ' en espera)' }),
        queue.waiting.length ? list : el('p', { 'class': 'empty', text: 'Nadie espera.' })
      ]));
    });
  }

  function renderCallbacks(desk) {
    var list = $('callbacks');
    clear(list);
    desk.callbacks.forEach(function (task) {
      list.appendChild(el('li', {}, [
        el('span', {}, [
          el('a', { href: 'tel:' + task.phone, text: task.phone }), el('span', { text: ' ' }), priorityBadge(task),
          el('span', { 'class': 'meta', text: queueTitle(task.queue) + ' · ' + (REASONS[task.reason] || task.reason) +
              ' · pedida a las ' + time(task.requestedAt) })
        ]),
        el('button', {
          type: 'button', 'class': 'secondary', text: 'Hecha',
          'aria-label': 'Marcar como hecha la llamada a ' + task.phone,
          onclick: function () { send('callback-done', { id: task.id, outcome: 'called' }); }
        })
      ]));
    });
    $('callbacks-empty').hidden = desk.callbacks.length > 0;
  }

  function renderChoices(desk) {
    fill($('transfer-queue'), [{ value: '', label: '—' }].concat(desk.allGroups.map(function (g) {
      return { value: g.name, label: g.title };
    })));
    fill($('transfer-agent'), [{ value: '', label: '—' }].concat(desk.colleagues.map(function (c) {
      return { value: c.name, label: c.displayName + ' (' + presenceLabel(c.presence) + ')' };
    })));
    fill($('close-outcome'), desk.outcomes.map(function (o) { return { value: o.name, label: o.label }; }));
    fill($('canned'), [{ value: '', label: 'Elige una…' }].concat(desk.cannedReplies.map(function (r, i) {
      return { value: String(i), label: r.title };
    })));
  }

  function fill(select, options) {
    var current = select.value;
    clear(select);
    options.forEach(function (o) { select.appendChild(el('option', { value: o.value, text: o.label })); });
    if (options.some(function (o) { return o.value === current; })) select.value = current;
  }

  function presenceLabel(presence) {
    return { available: 'disponible', busy: 'ocupado/a', away: 'ausente' }[presence] || presence;
  }

  function queueTitle(name) {
    var group = state.desk && state.desk.allGroups.filter(function (g) { return g.name === name; })[0];
    return group ? group.title : name;
  }

  // ---------------------------------------------------------------- conversations

  function receivePacket(packet) {
    var conversation = {
      id: packet.conversationId, packet: packet, lastSeq: packet.lastSeq, seen: {}, notes: packet.notes.slice()
    };
    state.conversations[packet.conversationId] = conversation;
    packet.transcript.forEach(function (line) { conversation.seen[line.seq] = true; });
    if (!state.selected || state.selected === packet.conversationId) select(packet.conversationId);
    else renderMine(state.desk);
  }

  function receiveEvent(event) {
    var conversation = state.conversations[event.conversationId];
    if (!conversation) return;
    if (event.type === 'note') {
      conversation.notes.push({ at: event.at, agent: event.agent, text: event.text });
      if (state.selected === conversation.id) renderNotes(conversation);
      return;
    }
    if (typeof event.seq !== 'number' || conversation.seen[event.seq]) return;
    conversation.seen[event.seq] = true;
    conversation.lastSeq = Math.max(conversation.lastSeq, event.seq);
    var line = lineOf(event);
    if (!line) return;
    conversation.packet.transcript.push(line);
    if (state.selected === conversation.id) appendLine(line);
    else if (line.who === 'citizen') notice('Mensaje nuevo en otra de tus conversaciones.');
  }

  function lineOf(event) {
    switch (event.type) {
      case 'user':
        return { seq: event.seq, at: event.at, who: 'citizen',
          text: event.text || (event.payload ? '[Elige: ' + event.payload + ']' : '[Comparte su ubicación]') };
      case 'bot': return { seq: event.seq, at: event.at, who: 'bot', text: event.text };
      case 'agent': return { seq: event.seq, at: event.at, who: 'agent', text: event.text, agent: event.agent };
      case 'agent_joined':
        return { seq: event.seq, at: event.at, who: 'system', text: 'Se une a la conversación', agent: event.agent };
      case 'handoff_requested':
        return { seq: event.seq, at: event.at, who: 'system', text: 'Se transfiere a la cola ' + queueTitle(event.queue) };
      case 'resumed': return { seq: event.seq, at: event.at, who: 'system', text: 'Vuelve al asistente' };
      case 'closed': return { seq: event.seq, at: event.at, who: 'system', text: 'Conversación cerrada' };
      case 'action':
        return { seq: event.seq, at: event.at, who: 'system',
          text: (ACTION_NAMES[event.action] || event.action) + ' · ' + (event.outcome === 'ok' ? 'hecho' : event.outcome) +
              (event.reference ? ' · ' + event.reference : '') };
      default: return null;
    }
  }

  function select(id) {
    state.selected = id;
    var conversation = state.conversations[id];
    renderMine(state.desk);
    if (!conversation) {
      api('/api/v1/handoff/conversations/' + encodeURIComponent(id) + '/packet').then(receivePacket)
        .catch(function (e) { error(e.message); });
      return;
    }
    renderPacket(conversation);
    showWork(true);
    notice('');
    $('reply-text').focus();
  }

  function showWork(visible) {
    closeForms();
    $('work').hidden = !visible;
    $('nothing').hidden = visible;
  }

  function term(list, label, value) {
    if (value === null || value === undefined || value === '') return;
    list.appendChild(el('dt', { text: label }));
    list.appendChild(el('dd', { text: String(value) }));
  }

  function renderPacket(conversation) {
    var p = conversation.packet;
    var citizen = p.citizen || {};
    $('work-title').textContent = 'Conversación con ' + (citizen.name || 'un ciudadano') +
        (citizen.priority ? ' (atención preferente)' : '');
    var summary = $('summary');
    clear(summary);
    term(summary, 'Motivo', p.handoff ? (REASONS[p.handoff.reason] || p.handoff.reason) : '');
    term(summary, 'Cola', p.handoff ? queueTitle(p.handoff.queue) : '');
    term(summary, 'Canal', CHANNELS[p.channel] || p.channel);
    term(summary, 'Nombre', citizen.name);
    term(summary, 'Teléfono', citizen.phone);
    term(summary, 'Año de nacimiento', citizen.birthYear);
    term(summary, 'Código postal', citizen.postcode);
    term(summary, 'Dirección', citizen.address);
    term(summary, 'Atención preferente', citizen.priority ? 'Sí' : 'No');
    term(summary, 'Avisos', (p.alerts || []).join(', '));
    term(summary, 'Citas', (p.appointments || []).join(', '));

    var understanding = $('understanding');
    clear(understanding);
    p.understanding.forEach(function (turn) {
      var facts = turn.entities.map(function (f) { return f.type + ': ' + f.value; }).join('; ');
      understanding.appendChild(el('li', {
        text: '«' + turn.text + '» → ' + turn.intent + ' (' + Math.round(turn.confidence * 100) + ' %)' +
            (facts ? ' · ' + facts : '')
      }));
    });
    if (!p.understanding.length) understanding.appendChild(el('li', { text: 'Sin mensajes de texto.' }));

    var slots = $('slots');
    clear(slots);
    Object.keys(p.slots).forEach(function (name) { term(slots, name, p.slots[name]); });
    if (!Object.keys(p.slots).length) term(slots, 'Nada todavía', '—');

    var procedures = $('procedures');
    clear(procedures);
    p.procedures.forEach(function (procedure) {
      procedures.appendChild(el('li', { text: procedure.id + ' (revisión ' + procedure.revision + ')' }));
    });
    if (!p.procedures.length) procedures.appendChild(el('li', { text: 'Ninguno.' }));

    var failures = $('failures');
    clear(failures);
    p.failedAttempts.forEach(function (failure) {
      failures.appendChild(el('li', {
        text: failure.kind === 'action'
          ? 'Gestión «' + failure.what + '»: ' + failure.outcome + (failure.detail ? ' (' + failure.detail + ')' : '')
          : 'No entendido: «' + failure.what + '»'
      }));
    });
    if (!p.failedAttempts.length) failures.appendChild(el('li', { text: 'Ninguno.' }));

    renderNotes(conversation);
    var transcript = $('transcript');
    clear(transcript);
    p.transcript.forEach(appendLine);
  }

  function renderNotes(conversation) {
    var notes = $('notes');
    clear(notes);
    conversation.notes.forEach(function (n) {
      notes.appendChild(el('li', { text: time(n.at) + ' · ' + n.agent + ': ' + n.text }));
    });
    if (!conversation.notes.length) notes.appendChild(el('li', { text: 'Sin notas.' }));
  }

  function appendLine(line) {
    var transcript = $('transcript');
    var who = line.who === 'agent' ? 'Agente' + (line.agent ? ' (' + line.agent + ')' : '') : WHO[line.who];
    transcript.appendChild(el('p', { 'class': 'line ' + line.who }, [
      who ? el('span', { 'class': 'who', text: who + ' · ' + time(line.at) }) : null,
      el('span', { text: line.who === 'system' ? line.text + (line.agent ? ' (' + line.agent + ')' : '') : line.text })
    ]));
    transcript.scrollTop = transcript.scrollHeight;
  }


  // ---------------------------------------------------------------- acting for the citizen

  /** A new id for each form opened: the server files or books once per id, however often it is sent. */
  function requestId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return 'r' + Date.now().toString(36) + Math.random().toString(36).substring(2, 12);
  }

  function closeForms() {
    $('alert-form').hidden = true;
    $('appointment-form').hidden = true;
    state.forms.alert = null;
    state.forms.appointment = null;
  }

  function conversationPath(id, rest) {
    return '/api/v1/handoff/conversations/' + encodeURIComponent(id) + rest;
  }

  function refused(body) {
    var form = pendingForm();
    if (form) {
      form.busy = false;
      setBusy(form.kind, false);
      $(form.kind + '-status').textContent = body.message;
    }
    error(body.message);
  }

  function pendingForm() {
    var forms = [state.forms.alert, state.forms.appointment];
    return forms.filter(function (f) { return f && f.busy; })[0] || null;
  }

  function setBusy(kind, busy) {
    $(kind + '-submit').disabled = busy;
  }

  function problem(kind, text) {
    $(kind + '-problem').hidden = !text;
    $(kind + '-problem').textContent = text || '';
  }

  function openAlert(id) {
    closeForms();
    state.forms.alert = { kind: 'alert', conversationId: id, requestId: requestId(), busy: false };
    $('alert-status').textContent = 'Cargando los datos del ciudadano…';
    $('alert-form').hidden = false;
    api(conversationPath(id, '/alert-draft')).then(function (draft) {
      var form = state.forms.alert;
      if (!form || form.conversationId !== id) return;
      form.draft = draft;
      var select = $('alert-service');
      clear(select);
      select.appendChild(el('option', { value: '', text: 'Elige la categoría…' }));
      var groups = {};
      draft.services.forEach(function (service) {
        var key = service.group || 'Otros';
        if (!groups[key]) {
          groups[key] = el('optgroup', { label: key });
          select.appendChild(groups[key]);
        }
        groups[key].appendChild(el('option', { value: service.id, text: service.name }));
      });
      if (draft.serviceId && !draft.services.some(function (s) { return s.id === draft.serviceId; })) {
        select.appendChild(el('option', { value: draft.serviceId, text: draft.serviceId }));
      }
      select.value = draft.serviceId || '';
      $('alert-suggestions').textContent = draft.suggestions.length
        ? 'El asistente cree que es: ' + draft.suggestions.map(function (s) {
            return s.name + ' (' + s.percent + ' %)';
          }).join(', ') + '.'
        : '';
      $('alert-address').value = draft.address || '';
      var located = draft.lat !== null && draft.lon !== null;
      $('alert-use-location').checked = located;
      $('alert-use-location').disabled = !located;
      $('alert-location-label').textContent = located
        ? 'Usar la ubicación que compartió (' + draft.lat.toFixed(5) + ', ' + draft.lon.toFixed(5) + ')'
        : 'El ciudadano no ha compartido su ubicación';
      $('alert-description').value = draft.description || '';
      $('alert-photo-row').hidden = !draft.photo;
      $('alert-photo').checked = !!draft.photo;
      problem('alert', draft.problem);
      $('alert-status').textContent = '';
      select.focus();
    }).catch(function (e) {
      $('alert-status').textContent = e.message;
    });
  }

  function submitAlert() {
    var form = state.forms.alert;
    if (!form || !form.draft || form.busy) return;
    var located = $('alert-use-location').checked;
    var body = {
      conversationId: form.conversationId,
      requestId: form.requestId,
      serviceId: $('alert-service').value,
      address: $('alert-address').value.trim() || null,
      lat: located ? form.draft.lat : null,
      lon: located ? form.draft.lon : null,
      description: $('alert-description').value.trim() || null,
      includePhoto: !$('alert-photo-row').hidden && $('alert-photo').checked
    };
    if (!body.serviceId) { $('alert-status').textContent = 'Elige la categoría del aviso.'; return; }
    if (!body.address && !located) {
      $('alert-status').textContent = 'Indica la dirección del aviso o usa la ubicación que compartió el ciudadano.';
      return;
    }
    dispatch(form, 'file-alert', body, 'Registrando el aviso…');
  }

  /** Sends the form's command; its submit button stays disabled until the result or a refusal arrives. */
  function dispatch(form, command, body, progress) {
    if (send(command, body)) {
      form.busy = true;
      setBusy(form.kind, true);
      $(form.kind + '-status').textContent = progress;
    }
  }

  function openAppointment(id, procedureId) {
    var keep = state.forms.appointment && state.forms.appointment.conversationId === id
      ? state.forms.appointment : null;
    closeForms();
    state.forms.appointment = keep || { kind: 'appointment', conversationId: id, requestId: requestId(), busy: false };
    $('appointment-status').textContent = 'Cargando los datos del ciudadano…';
    $('appointment-form').hidden = false;
    var query = procedureId ? '?procedure=' + encodeURIComponent(procedureId) : '';
    api(conversationPath(id, '/appointment-draft' + query)).then(function (draft) {
      var form = state.forms.appointment;
      if (!form || form.conversationId !== id) return;
      form.draft = draft;
      fill($('appointment-procedure'), [{ value: '', label: draft.procedures.length ? 'Elige el trámite…'
          : 'La conversación no ha consultado trámites con cita: búscalo' }].concat(draft.procedures.map(function (p) {
        return { value: p.id, label: p.title };
      })));
      $('appointment-procedure').value = draft.procedureId || '';
      fill($('appointment-office'), [{ value: '', label: 'Elige la oficina…' }].concat(draft.offices.map(function (o) {
        return { value: o.id, label: o.name + ' · ' + o.address };
      })));
      $('appointment-office').value = draft.officeId || '';
      $('appointment-office-reason').textContent = draft.officeReason || '';
      fill($('appointment-slot'), [{ value: '', label: 'Primero busca las horas libres' }]);
      if (!keep) {
        $('appointment-name').value = draft.citizenName || '';
        $('appointment-phone').value = draft.phone || '';
        $('appointment-reminder').value = draft.reminder || 'web';
      }
      problem('appointment', draft.problem);
      $('appointment-status').textContent = '';
      if (draft.procedureId && draft.officeId) loadSlots();
    }).catch(function (e) {
      $('appointment-status').textContent = e.message;
    });
  }

  function searchProcedures() {
    var words = $('procedure-search').value.trim();
    if (!words) { $('appointment-status').textContent = 'Escribe qué trámite buscas.'; return; }
    api('/api/v1/handoff/bookable-procedures?q=' + encodeURIComponent(words)).then(function (found) {
      if (!found.length) {
        $('appointment-status').textContent = 'No hay trámites con cita previa que coincidan con «' + words + '».';
        return;
      }
      fill($('appointment-procedure'), [{ value: '', label: 'Elige el trámite…' }].concat(found.map(function (p) {
        return { value: p.id, label: p.title };
      })));
      $('appointment-status').textContent = found.length + ' trámites encontrados: elige uno.';
      $('appointment-procedure').focus();
    }).catch(function (e) { $('appointment-status').textContent = e.message; });
  }

  function loadSlots() {
    var form = state.forms.appointment;
    var procedure = $('appointment-procedure').value;
    var office = $('appointment-office').value;
    if (!form || !procedure || !office) {
      $('appointment-status').textContent = 'Elige el trámite y la oficina.';
      return;
    }
    var from = $('appointment-from').value;
    $('appointment-status').textContent = 'Buscando horas libres…';
    api(conversationPath(form.conversationId, '/free-slots?procedure=' + encodeURIComponent(procedure) +
        '&office=' + encodeURIComponent(office) + (from ? '&from=' + encodeURIComponent(from) : '')))
      .then(function (slots) {
        fill($('appointment-slot'), slots.length ? slots.map(function (slot) {
          return { value: slot.start, label: slot.label };
        }) : [{ value: '', label: 'No hay horas libres: prueba otro día u otra oficina' }]);
        $('appointment-status').textContent = slots.length ? '' : 'No hay horas libres en esas fechas.';
      })
      .catch(function (e) { $('appointment-status').textContent = e.message; });
  }

  function submitAppointment() {
    var form = state.forms.appointment;
    if (!form || form.busy) return;
    var body = {
      conversationId: form.conversationId,
      requestId: form.requestId,
      procedureId: $('appointment-procedure').value,
      officeId: $('appointment-office').value,
      start: $('appointment-slot').value,
      citizenName: $('appointment-name').value.trim() || null,
      phone: $('appointment-phone').value.trim() || null,
      reminder: $('appointment-reminder').value
    };
    if (!body.procedureId || !body.officeId || !body.start) {
      $('appointment-status').textContent = 'Elige el trámite, la oficina y una de las horas libres.';
      return;
    }
    if (body.reminder !== 'web' && !body.phone) {
      $('appointment-status').textContent = 'Para el recordatorio por SMS o WhatsApp hace falta el teléfono.';
      return;
    }
    dispatch(form, 'book-appointment', body, 'Reservando la cita…');
  }

  /** The end of an action: done or pending closes the form; a failure keeps it, with a new id, to correct and retry. */
  function actionResult(result) {
    var kind = result.action === 'file_alert' ? 'alert' : 'appointment';
    var form = state.forms[kind];
    var mine = form && form.requestId === result.requestId;
    if (mine) {
      form.busy = false;
      setBusy(kind, false);
    }
    if (result.status === 'failed') {
      if (mine) {
        form.requestId = requestId();
        $(kind + '-status').textContent = result.message;
        if (result.failure === 'slot_taken') loadSlots();
      }
      error(result.message);
      return;
    }
    notice(result.message);
    if (mine) {
      $(kind + '-form').hidden = true;
      state.forms[kind] = null;
    }
  }

  // ---------------------------------------------------------------- supervision

  function renderBoard(board) {
    state.board = board;
    $('supervision-at').textContent = 'Actualizado a las ' + time(board.at) + '.';
    var box = $('board-queues');
    clear(box);
    board.queues.forEach(function (queue) {
      var header = queue.title + ' · ' + queue.waiting.length + ' en espera · ' + queue.agentsAvailable +
          ' disponibles' + (queue.attended ? '' : ' · sin nadie atendiendo');
      var list = el('ul', { 'class': 'items' });
      queue.waiting.forEach(function (waiting) {
        list.appendChild(el('li', {}, [
          el('span', {}, [
            el('span', { text: waiting.position + '.º ' }), priorityBadge(waiting),
            el('span', { 'class': 'meta', text: describe(waiting) + ' · espera ' + waited(waiting.requestedAt) +
                ' · estimado ' + Math.ceil(waiting.estimatedWaitSeconds / 60) + ' min' +
                (waiting.offeredTo ? ' · ofrecida a ' + agentName(waiting.offeredTo) : '') })
          ]),
          reassignControls(waiting.conversationId, 'la conversación ' + waiting.position + ' de ' + queue.title)
        ]));
      });
      box.appendChild(el('div', { 'class': 'queue' }, [
        el('h4', { text: header }),
        queue.waiting.length ? list : el('p', { 'class': 'empty', text: 'Nadie espera.' })
      ]));
    });
    var rows = $('board-agents');
    clear(rows);
    board.agents.forEach(function (agent) {
      var held = el('ul', { 'class': 'plain' });
      agent.conversations.forEach(function (id, index) {
        held.appendChild(el('li', {}, [
          el('span', { text: 'Conversación ' + (index + 1) + ' ' }),
          reassignControls(id, 'la conversación ' + (index + 1) + ' de ' + agent.displayName)
        ]));
      });
      rows.appendChild(el('tr', {}, [
        el('th', { scope: 'row', text: agent.displayName }),
        el('td', { text: agent.connected ? presenceLabel(agent.presence) : 'sin conexión' }),
        el('td', { text: agent.load + ' de ' + agent.capacity +
            (agent.offers.length ? ' (' + agent.offers.length + ' ofrecidas)' : '') }),
        el('td', { text: agent.groups.map(queueTitle).join(', ') }),
        el('td', {}, [agent.conversations.length ? held : el('span', { text: '—' })])
      ]));
    });
  }

  function agentName(name) {
    var agent = state.board && state.board.agents.filter(function (a) { return a.name === name; })[0];
    return agent ? agent.displayName : name;
  }

  /** Take it yourself, or move it to an agent or a group. */
  function reassignControls(conversationId, label) {
    var target = el('select', { 'aria-label': 'Reasignar ' + label + ' a' });
    target.appendChild(el('option', { value: '', text: 'Reasignar a…' }));
    (state.board ? state.board.agents : []).filter(function (a) { return a.connected; }).forEach(function (a) {
      target.appendChild(el('option', { value: 'agent:' + a.name, text: a.displayName }));
    });
    (state.desk ? state.desk.allGroups : []).forEach(function (g) {
      target.appendChild(el('option', { value: 'queue:' + g.name, text: 'Grupo ' + g.title }));
    });
    return el('span', { 'class': 'row' }, [
      target,
      el('button', {
        type: 'button', 'class': 'secondary', text: 'Reasignar', 'aria-label': 'Reasignar ' + label,
        onclick: function () {
          if (!target.value) { error('Elige a quién o a qué grupo.'); return; }
          var parts = target.value.split(':');
          send('reassign', { conversationId: conversationId, agent: parts[0] === 'agent' ? parts[1] : null,
            queue: parts[0] === 'queue' ? parts[1] : null });
        }
      }),
      el('button', {
        type: 'button', text: 'Atender yo', 'aria-label': 'Atender yo ' + label,
        onclick: function () { send('pickup', { conversationId: conversationId }); }
      })
    ]);
  }

  // ---------------------------------------------------------------- actions

  function withSelected(action) {
    return function (event) {
      if (event) event.preventDefault();
      if (!state.selected) {
        error('Primero elige una conversación.');
        return;
      }
      action(state.selected);
    };
  }

  function bind() {
    $('presence').addEventListener('change', function () {
      send('presence', { presence: $('presence').value });
    });
    $('reply').addEventListener('submit', withSelected(function (id) {
      var text = $('reply-text').value.trim();
      if (!text) { error('Escribe la respuesta antes de enviarla.'); return; }
      if (send('reply', { conversationId: id, text: text })) $('reply-text').value = '';
    }));
    $('reply-text').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        $('reply').requestSubmit();
      }
    });
    $('use-canned').addEventListener('click', function () {
      var index = $('canned').value;
      if (index === '') { error('Elige una respuesta preparada.'); return; }
      $('reply-text').value = state.desk.cannedReplies[Number(index)].text;
      $('reply-text').focus();
    });
    $('note').addEventListener('submit', withSelected(function (id) {
      var text = $('note-text').value.trim();
      if (!text) { error('Escribe la nota antes de guardarla.'); return; }
      if (send('note', { conversationId: id, text: text })) $('note-text').value = '';
    }));
    $('transfer').addEventListener('submit', withSelected(function (id) {
      var queue = $('transfer-queue').value;
      var agent = $('transfer-agent').value;
      if (!queue && !agent) { error('Elige un grupo o una persona.'); return; }
      send('transfer', { conversationId: id, queue: queue || null, agent: agent || null });
    }));
    $('resume').addEventListener('click', withSelected(function (id) { send('resume', { conversationId: id }); }));
    $('close').addEventListener('submit', withSelected(function (id) {
      send('close', { conversationId: id, outcome: $('close-outcome').value });
    }));
    $('open-alert').addEventListener('click', withSelected(function (id) { openAlert(id); }));
    $('open-appointment').addEventListener('click', withSelected(function (id) { openAppointment(id, null); }));
    $('alert-form').addEventListener('submit', function (event) { event.preventDefault(); submitAlert(); });
    $('appointment-form').addEventListener('submit', function (event) { event.preventDefault(); submitAppointment(); });
    $('appointment-procedure').addEventListener('change', function () {
      var form = state.forms.appointment;
      if (form && $('appointment-procedure').value) openAppointment(form.conversationId, $('appointment-procedure').value);
    });
    $('appointment-office').addEventListener('change', function () {
      fill($('appointment-slot'), [{ value: '', label: 'Primero busca las horas libres' }]);
      if ($('appointment-office').value) loadSlots();
    });
    $('appointment-slots-go').addEventListener('click', loadSlots);
    $('procedure-search-go').addEventListener('click', searchProcedures);
    document.querySelectorAll('.cancel-action').forEach(function (button) {
      button.addEventListener('click', function () { closeForms(); $('reply-text').focus(); });
    });
    // The waiting times count on; not while the supervisor is choosing in the board, which a redraw would reset.
    window.setInterval(function () {
      if (state.board && !$('supervision').contains(document.activeElement)) renderBoard(state.board);
    }, 30000);
    $('pickup').addEventListener('submit', function (event) {
      event.preventDefault();
      var id = $('pickup-id').value.trim();
      if (id && send('pickup', { conversationId: id })) $('pickup-id').value = '';
    });
  }

  function init() {
    bind();
    loadDesk().then(connect).catch(function (e) { error(e.message); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
