// Care Navigator page script: connects Web Chat to this server's local Direct Line, and keeps the conversation across
// page reloads in localStorage (user id, conversation id, token). Plain browser JavaScript, no build step.
(function () {
  'use strict';

  var STORAGE_KEY = 'careNavigator.webChat.v1';
  var DIRECT_LINE = window.location.origin + '/v3/directline';
  // DirectLineJS refreshes its own token every 15 minutes but cannot tell the page; refreshing here too keeps the
  // stored token fresh, so a page closed and reopened later can still continue its conversation.
  var REFRESH_EVERY_MS = 10 * 60 * 1000;

  var host = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var newConversationButton = document.getElementById('new-conversation');

  function readSaved() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (error) {
      return {};
    }
  }

  function save(value) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    } catch (error) {
      // Private browsing may refuse storage: the chat still works, it just will not survive a reload.
    }
  }

  function randomUserId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'u_' + Array.prototype.map.call(bytes, function (byte) { return byte.toString(16).padStart(2, '0'); }).join('');
  }

  function post(path, token, body) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(DIRECT_LINE + path, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) }).then(function (response) {
      return response.ok ? response.json() : null;
    });
  }

  /** The page's language (chosen by the server from ?lang= or the browser), so the chat starts in the same one. */
  function pageLocale() {
    var language = host.getAttribute('data-locale') || (navigator.languages && navigator.languages[0]) || navigator.language || 'en-GB';
    return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(language) ? language : 'en-GB';
  }

  function showStatus(text) {
    if (status) status.textContent = text;
  }

  /** Continues the stored conversation when its token still works; otherwise opens a new one. */
  function openSession(saved) {
    var resume = saved.conversationId && saved.token
      ? post('/tokens/refresh', saved.token).catch(function () { return null; })
      : Promise.resolve(null);
    return resume.then(function (refreshed) {
      if (refreshed && refreshed.conversationId === saved.conversationId) return { session: refreshed, resuming: true };
      return post('/tokens/generate', null, { user: { id: saved.userId } }).then(function (generated) {
        if (!generated) throw new Error('no token');
        return { session: generated, resuming: false };
      });
    });
  }

  function start() {
    if (!window.WebChat) {
      showStatus(host.getAttribute('data-could-not-load') || '');
      return;
    }
    var saved = readSaved();
    if (typeof saved.userId !== 'string' || !/^u_[0-9a-f]{32}$/.test(saved.userId)) saved = { userId: randomUserId() };

    openSession(saved).then(function (opened) {
      var session = opened.session;
      save({ userId: saved.userId, conversationId: session.conversationId, token: session.token });
      var locale = pageLocale();
      var options = {
        domain: DIRECT_LINE,
        token: session.token,
        webSocket: false,
        conversationStartProperties: { locale: locale }
      };
      // With a conversation id, DirectLineJS reconnects (and the server asks the bot to pick up where it left off).
      if (opened.resuming) options.conversationId = session.conversationId;
      var directLine = window.WebChat.createDirectLine(options);

      window.setInterval(function () {
        post('/tokens/refresh', readSaved().token).then(function (refreshed) {
          if (refreshed) save({ userId: saved.userId, conversationId: refreshed.conversationId, token: refreshed.token });
        }).catch(function () { /* the next interval tries again */ });
      }, REFRESH_EVERY_MS);

      window.WebChat.renderWebChat({
        directLine: directLine,
        userID: saved.userId,
        locale: locale,
        nonce: host.getAttribute('data-style-nonce') || undefined,
        styleOptions: {
          hideUploadButton: true,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
          accent: '#1d70b8',
          bubbleFromUserBackground: '#0b3d91',
          bubbleFromUserTextColor: '#ffffff',
          bubbleBackground: '#f3f2f1',
          bubbleTextColor: '#0b0c0c',
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          sendBoxButtonColor: '#0b3d91',
          subtle: '#505a5f',
          timestampColor: '#505a5f',
          suggestedActionBackgroundColor: '#ffffff',
          suggestedActionTextColor: '#0b3d91',
          suggestedActionBorderColor: '#0b3d91',
          suggestedActionLayout: 'flow'
        }
      }, host);
    }).catch(function () {
      showStatus(host.getAttribute('data-could-not-start') || '');
    });
  }

  var skipLink = document.querySelector('.skip-link');
  if (skipLink) {
    // Straight to the message box once the chat is there; before that the link's own #chat target still works.
    skipLink.addEventListener('click', function (event) {
      var input = host.querySelector('.webchat__send-box-text-box__input, .webchat__send-box-text-box__text-area');
      if (!input) return;
      event.preventDefault();
      input.focus();
    });
  }

  newConversationButton.addEventListener('click', function () {
    // A fresh user id too, so nothing from the last conversation follows someone on a shared computer.
    try { window.localStorage.removeItem(STORAGE_KEY); } catch (error) { /* nothing stored */ }
    window.location.reload();
  });

  start();
})();
