// Served by the test harness as /__harness/bridge.js (plain browser JavaScript, not shipped). The per-run token
// comes from the address the harness printed (http://127.0.0.1:PORT/#t=TOKEN): a fragment is never sent to the
// server, so nothing the harness serves holds the token. Kept in this tab's sessionStorage for reloads.
// Defines window.wizard like the Electron preload does: every method POSTs { input } to
// /__wizard/<method> with the per-run token and resolves to the handler's Result. Never rejects.
(function installWizardBridge() {
  'use strict';
  var METHODS = /*__METHODS__*/ [];
  var START_METHODS = /*__START_METHODS__*/ [];
  var TOKEN_KEY = 'botlogin-harness-token';
  var fromAddress = new URLSearchParams(window.location.hash.slice(1)).get('t');
  var token = fromAddress || window.sessionStorage.getItem(TOKEN_KEY) || '';
  if (fromAddress) window.sessionStorage.setItem(TOKEN_KEY, fromAddress);

  function unreachable() {
    return {
      ok: false,
      error: {
        code: 'HARNESS_UNREACHABLE',
        title: 'The app is not answering',
        message: 'The wizard lost contact with the app.',
        whatToDo: 'Start the harness again and reload this page.',
      },
    };
  }

  function call(method, input) {
    return fetch('/__wizard/' + method, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Harness-Token': token },
      body: JSON.stringify({ input: input }),
      cache: 'no-store',
      credentials: 'omit',
    })
      .then(function (response) {
        return response.json();
      })
      .then(
        function (result) {
          return result && typeof result === 'object' && typeof result.ok === 'boolean' ? result : unreachable();
        },
        function () {
          return unreachable();
        },
      );
  }

  // Like the preload: the window's first questions (START_METHODS in shared/api.ts) are asked now, while the page
  // loads; the page's first call of each takes that answer (a failed one is asked again).
  var headStart = {};
  START_METHODS.forEach(function (method) {
    headStart[method] = call(method, undefined);
  });

  var api = {};
  METHODS.forEach(function (method) {
    api[method] = function (input) {
      var early = headStart[method];
      if (!early) return call(method, input);
      delete headStart[method];
      return early.then(function (answer) {
        return answer.ok ? answer : call(method, input);
      });
    };
  });
  Object.defineProperty(window, 'wizard', { value: Object.freeze(api), writable: false, configurable: false });
})();
