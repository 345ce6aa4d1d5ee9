/*
 * Agent console of Línea Madrid.
 *
 * The desk on the server is the source of truth: the console renders what it pushes (the agent's desk on
 * /user/queue/agent.desk, conversation events on /user/queue/agent.events, packets on /user/queue/agent.packet) and
 * sends commands to /app/agent/... over STOMP. On every (re)connection it reads the desk and catches up each of the
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
    transfer: 'Transferida'
  };
  var CHANNELS = { web: 'Web', whatsapp: 'WhatsApp', sms: 'SMS', api: 'App' };
  var WHO = { citizen: 'Ciudadano', bot: 'Asistente', agent: 'Agente', system: '' };

  var state = {
    desk: null,
    stomp: null,
    conversations: {},
    selected: null
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
      client.subscribe('/user/queue/errors', function (frame) { error(JSON.parse(frame.body).message); });
      loadDesk().then(catchUp).catch(function (e) { error(e.message); });
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
