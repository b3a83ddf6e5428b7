// Dateline page set-up (linked with --pre-js, so it runs before the app starts and needs no
// inline script in the page). It connects the compiled app to the page shell (web/index.html):
// the canvas, the status line shown while loading or on a fatal error, and console output.
if (self.performance && performance.mark) performance.mark('dateline:script');  // the engine's script runs
Module['canvas'] = document.getElementById('canvas');
Module['print'] = function (text) { console.log(text); };
Module['printErr'] = function (text) { console.warn(text); };
// No Module.setStatus: with one, Emscripten's run() waits a timer (and a turn of the event loop)
// before main(); the status line above is enough.
Module['onFirstFrame'] = function () {
  var status = document.getElementById('status');
  if (status) status.hidden = true;
  document.documentElement.classList.add('dateline-ready');
};
Module['showFatal'] = function (message) {
  var status = document.getElementById('status');
  if (status) { status.hidden = false; status.textContent = message; status.classList.add('fatal'); }
};
Module['onAbort'] = function (what) {
  Module['showFatal']('Dateline stopped unexpectedly: ' + what);
};
