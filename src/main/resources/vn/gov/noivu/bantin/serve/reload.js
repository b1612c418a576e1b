// Bản tin preview only (never in the built site): reloads this tab when the site has been rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-build") : null;
  var events = new EventSource("/_bantin/events");
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
})();
