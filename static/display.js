// The room display: nothing moves by itself. When the live stream says "changed",
// fetch what is on screen now and swap it in (only if it differs). A revoked link goes blank.
(function () {
  "use strict";
  var screen = document.getElementById("screen");
  if (!screen) { return; }
  var source = null;

  function blank() {
    screen.replaceChildren();
    if (source) { source.close(); source = null; }
  }

  function refresh() {
    fetch(screen.getAttribute("data-src"), { cache: "no-store", headers: { "Accept": "text/html" } })
      .then(function (r) {
        if (r.status === 404) { blank(); return null; }
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html === null || html === undefined) { return; }
        if (screen.getAttribute("data-html") === html) { return; }
        screen.setAttribute("data-html", html);
        var doc = new DOMParser().parseFromString(html, "text/html");
        screen.replaceChildren.apply(screen, Array.from(doc.body.childNodes));
      })
      .catch(function () { /* the next event or reconnect tries again */ });
  }

  if (window.EventSource) {
    source = new EventSource(screen.getAttribute("data-live"));
    source.addEventListener("changed", refresh);
    source.addEventListener("hello", refresh); // after a reconnect, catch up on what we missed
  }

  var button = document.getElementById("fullscreen");
  function toggle() {
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
  }
  if (button && document.documentElement.requestFullscreen) {
    button.hidden = false;
    button.addEventListener("click", toggle);
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "f" && !e.ctrlKey && !e.metaKey && !e.altKey) { toggle(); }
  });
})();
