/*
 * Cibeles web chat widget for madrid.es.
 *
 * Embed with one tag:
 *   <script src="https://<cibeles-host>/widget.js" defer></script>
 * Options (data attributes on the tag):
 *   data-mode="floating" (default: a button in the corner opens the chat) or "inline" (fills data-target)
 *   data-target="#selector" where the inline chat goes
 *
 * The conversation lives on the server; the browser only keeps its id (localStorage), so a reload resumes it.
 * Messages go over STOMP (WebSocket) when it is available and over the HTTP API otherwise; everything shown is
 * rendered from the conversation's events, deduplicated by their sequence number.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL(script ? script.src : '/widget.js', window.location.href);
  var origin = base.origin;
  var mode = (script && script.dataset.mode) || 'floating';
  var targetSelector = (script && script.dataset.target) || null;
  var STORAGE_KEY = 'cibeles.conversationId';
  var STOMP_URL = origin + '/webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js';
  var MAX_TEXT = 2000;

  var state = {
    id: null,
    lastSeq: 0,
    status: 'bot',
    seen: {},
    stomp: null,
    connected: false,
    subscribed: null
  };

  // ---------------------------------------------------------------- DOM

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') {
        node.textContent = attrs[key];
      } else if (key.indexOf('on') === 0) {
        node.addEventListener(key.substring(2), attrs[key]);
      } else {
        node.setAttribute(key, attrs[key]);
      }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function loadCss() {
    if (document.querySelector('link[data-cibeles]')) return;
    document.head.appendChild(el('link', {
      rel: 'stylesheet', href: origin + '/webchat/webchat.css', 'data-cibeles': 'true'
    }));
  }

  var ui = {};

  function buildUi() {
    ui.log = el('div', {
      'class': 'cb-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions',
      'aria-label': 'Conversación con Cibeles', tabindex: '0'
    });
    ui.status = el('p', { 'class': 'cb-status', role: 'status', 'aria-live': 'polite' });
    ui.input = el('textarea', {
      id: 'cb-input', 'class': 'cb-input', rows: '1', maxlength: String(MAX_TEXT),
      placeholder: 'Escribe tu consulta…', autocomplete: 'off'
    });
    ui.send = el('button', { type: 'submit', 'class': 'cb-send', text: 'Enviar' });
    ui.form = el('form', { 'class': 'cb-form', onsubmit: onSubmit }, [
      el('label', { 'for': 'cb-input', 'class': 'cb-sr-only', text: 'Escribe tu mensaje' }),
      ui.input,
      ui.send
    ]);
    ui.input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        onSubmit(event);
      }
    });
    ui.restart = el('button', {
      type: 'button', 'class': 'cb-header-button', text: 'Nueva conversación', onclick: restart
    });
    var header = el('div', { 'class': 'cb-header' }, [
      el('h2', { 'class': 'cb-title', id: 'cb-title', text: 'Línea Madrid · Asistente Cibeles' }),
      ui.restart
    ]);
    ui.panel = el('section', {
      'class': 'cb-panel', 'aria-labelledby': 'cb-title'
    }, [header, ui.log, ui.status, ui.form]);

    if (mode === 'inline') {
      var target = targetSelector ? document.querySelector(targetSelector) : null;
      (target || document.body).appendChild(el('div', { 'class': 'cb-root cb-inline' }, [ui.panel]));
      return;
    }
    ui.launcher = el('button', {
      type: 'button', 'class': 'cb-launcher', 'aria-expanded': 'false', 'aria-controls': 'cb-panel',
      text: 'Chat Línea Madrid', onclick: toggle
    });
    ui.panel.id = 'cb-panel';
    ui.panel.setAttribute('role', 'dialog');
    ui.panel.hidden = true;
    ui.close = el('button', {
      type: 'button', 'class': 'cb-header-button', 'aria-label': 'Cerrar el chat', text: '✕', onclick: toggle
    });
    header.appendChild(ui.close);
    ui.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') toggle();
    });
    document.body.appendChild(el('div', { 'class': 'cb-root cb-floating' }, [ui.panel, ui.launcher]));
  }

  function toggle() {
    var open = ui.panel.hidden;
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      ensureConversation();
      ui.input.focus();
    } else {
      ui.launcher.focus();
    }
  }

  function setStatus(text) {
    ui.status.textContent = text || '';
  }

  // ---------------------------------------------------------------- rendering

  var WHO = { user: 'Tú', bot: 'Cibeles', agent: 'Agente de Línea Madrid' };

  function render(event) {
    if (!event || typeof event.seq !== 'number' || state.seen[event.seq]) return;
    state.seen[event.seq] = true;
    state.lastSeq = Math.max(state.lastSeq, event.seq);
    if (event.status) updateStatus(event.status);
    switch (event.type) {
      case 'user': return renderUser(event);
      case 'bot': return renderReply(event.reply || { type: 'text', text: event.text }, 'bot');
      case 'agent': return renderReply({ type: 'text', text: event.text }, 'agent');
      case 'handoff_requested': return renderNotice('Te estamos pasando con una persona de Línea Madrid.');
      case 'agent_joined': return renderNotice('Una persona de Línea Madrid se ha unido a la conversación.');
      case 'resumed': return renderNotice('Vuelves a hablar con el asistente Cibeles.');
      case 'closed': return renderNotice('La conversación ha terminado. Puedes empezar una nueva cuando quieras.');
      default: return undefined;
    }
  }

  function bubble(who, children) {
    var item = el('div', { 'class': 'cb-msg cb-' + who }, [
      el('span', { 'class': 'cb-sr-only', text: WHO[who] + ' dice: ' })
    ].concat(children));
    ui.log.appendChild(item);
    ui.log.scrollTop = ui.log.scrollHeight;
    return item;
  }

  function renderUser(event) {
    var text = event.text;
    if (!text && event.payload) text = optionTitle(event.payload) || event.payload;
    if (!text && event.location) text = 'He compartido mi ubicación.';
    bubble('user', [el('p', { text: text || '' })]);
  }

  var offered = {};

  function optionTitle(id) {
    return offered[id];
  }

  function renderReply(reply, who) {
    var parts = [el('p', { text: reply.text || '' })];
    if (reply.type === 'link' && reply.url && /^https?:\/\//.test(reply.url)) {
      parts.push(el('a', {
        href: reply.url, target: '_blank', rel: 'noopener noreferrer', text: 'Abrir enlace (se abre en otra pestaña)'
      }));
    }
    if (reply.type === 'options' && reply.options && reply.options.length) {
      var group = el('div', { 'class': 'cb-options', role: 'group', 'aria-label': 'Opciones' });
      reply.options.forEach(function (option) {
        offered[option.id] = option.title;
        group.appendChild(el('button', {
          type: 'button', 'class': 'cb-option', text: option.title,
          onclick: function () { sendMessage({ payload: option.id }); }
        }));
      });
      parts.push(group);
    }
    if (reply.type === 'location_request' && navigator.geolocation) {
      parts.push(el('button', {
        type: 'button', 'class': 'cb-option', text: 'Compartir mi ubicación', onclick: shareLocation
      }));
    }
    bubble(who, parts);
  }

  function renderNotice(text) {
    ui.log.appendChild(el('p', { 'class': 'cb-notice', text: text }));
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function updateStatus(status) {
    state.status = status;
    var closed = status === 'closed';
    ui.input.disabled = closed;
    ui.send.disabled = closed;
    if (status === 'waiting_agent') setStatus('Esperando a una persona de Línea Madrid…');
    else if (status === 'with_agent') setStatus('Estás hablando con una persona de Línea Madrid.');
    else if (closed) setStatus('Conversación terminada.');
    else setStatus('');
  }

  // ---------------------------------------------------------------- HTTP

  function api(method, path, body) {
    return fetch(origin + path, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json.message || 'Error ' + response.status);
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  function catchUp() {
    if (!state.id) return Promise.resolve();
    return api('GET', '/api/v1/conversations/' + encodeURIComponent(state.id) + '?afterSeq=' + state.lastSeq)
      .then(function (conversation) {
        (conversation.events || []).forEach(function (event) {
          event.status = conversation.status;
          render(event);
        });
        updateStatus(conversation.status);
        return conversation;
      });
  }

  var starting = null;

  function ensureConversation() {
    if (starting) return starting;
    var saved = null;
    try { saved = window.localStorage.getItem(STORAGE_KEY); } catch (e) { /* storage may be blocked */ }
    var resume = saved
      ? (state.id = saved, catchUp().then(function (conversation) {
          if (conversation.status === 'closed') throw new Error('closed');
        }))
      : Promise.reject(new Error('none'));
    starting = resume.catch(function () { return startNew(); }).then(connect);
    return starting;
  }

  function startNew() {
    reset();
    return api('POST', '/api/v1/conversations', { channel: 'web' }).then(function (created) {
      state.id = created.id;
      try { window.localStorage.setItem(STORAGE_KEY, created.id); } catch (e) { /* not persisted */ }
      return catchUp();
    }).catch(function () {
      setStatus('No podemos conectar con el asistente ahora. Inténtalo más tarde o llama al 010.');
    });
  }

  function reset() {
    state.id = null;
    state.lastSeq = 0;
    state.seen = {};
    offered = {};
    if (state.subscribed) {
      state.subscribed.unsubscribe();
      state.subscribed = null;
    }
    ui.log.textContent = '';
    updateStatus('bot');
  }

  function restart() {
    starting = startNew().then(subscribe);
    ui.input.focus();
  }

  // ---------------------------------------------------------------- STOMP

  function loadStomp() {
    if (window.StompJs) return Promise.resolve(window.StompJs);
    return new Promise(function (resolve, reject) {
      var tag = el('script', { src: STOMP_URL, async: 'true' });
      tag.onload = function () { resolve(window.StompJs); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function connect() {
    if (state.stomp) return subscribe();
    return loadStomp().then(function (StompJs) {
      var wsUrl = origin.replace(/^http/, 'ws') + '/ws/chat';
      var client = new StompJs.Client({
        brokerURL: wsUrl,
        reconnectDelay: 3000,
        heartbeatIncoming: 10000,
        heartbeatOutgoing: 10000
      });
      client.onConnect = function () {
        state.connected = true;
        state.subscribed = null;
        client.subscribe('/user/queue/errors', function (frame) {
          var error = JSON.parse(frame.body);
          setStatus(error.message || 'No se ha podido enviar el mensaje.');
        });
        subscribe();
        catchUp();
      };
      client.onWebSocketClose = function () { state.connected = false; };
      state.stomp = client;
      client.activate();
    }).catch(function () {
      state.stomp = null; // HTTP only: still works, agent messages arrive on the next catch-up
    });
  }

  function subscribe() {
    if (!state.stomp || !state.connected || !state.id || state.subscribed) return;
    state.subscribed = state.stomp.subscribe('/topic/conversations.' + state.id, function (frame) {
      render(JSON.parse(frame.body));
    });
  }

  // ---------------------------------------------------------------- sending

  function newMessageId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return 'm-' + Date.now() + '-' + Math.random().toString(36).slice(2);
  }

  function onSubmit(event) {
    event.preventDefault();
    var text = ui.input.value.trim();
    if (!text) {
      setStatus('Escribe tu consulta antes de enviarla.');
      return;
    }
    if (text.length > MAX_TEXT) {
      setStatus('El mensaje es demasiado largo: el máximo son 2.000 caracteres.');
      return;
    }
    ui.input.value = '';
    sendMessage({ text: text });
  }

  function sendMessage(body) {
    body.messageId = newMessageId();
    ensureConversation().then(function () {
      if (!state.id) return;
      if (state.connected) {
        state.stomp.publish({
          destination: '/app/conversations/' + state.id + '/messages',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' }
        });
        return;
      }
      api('POST', '/api/v1/conversations/' + encodeURIComponent(state.id) + '/messages', body)
        .then(catchUp)
        .catch(function (error) { setStatus(error.message); });
    });
  }

  function shareLocation() {
    navigator.geolocation.getCurrentPosition(function (position) {
      sendMessage({ location: { lat: position.coords.latitude, lon: position.coords.longitude } });
    }, function () {
      setStatus('No hemos podido obtener tu ubicación. Escribe la dirección, por favor.');
    });
  }

  // ---------------------------------------------------------------- start

  function init() {
    loadCss();
    buildUi();
    if (mode === 'inline') ensureConversation();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
