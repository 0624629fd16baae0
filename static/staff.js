// Staff pages: live refresh over Server-Sent Events, one-key actions, a sound for new escalations.
// Every action is also an ordinary form that works without this script.
(function () {
  "use strict";
  var live = document.querySelector("[data-src]");
  var status = document.getElementById("live-status");
  var alertBox = document.getElementById("desk-alert");

  function refresh() {
    if (!live) { return; }
    fetch(live.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("main") || doc.body;
        live.replaceChildren.apply(live, Array.from(fresh.childNodes));
        if (status) { status.textContent = "Updated " + new Date().toLocaleTimeString(); }
      });
  }

  function beep() {
    try {
      var ctx = new (window.AudioContext || window.webkitAudioContext)();
      var osc = ctx.createOscillator();
      osc.frequency.value = 880;
      osc.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.3);
    } catch (e) { /* sound is a bonus; the banner is the alert */ }
  }

  // The desk's waiting clocks move on even when nothing new arrives.
  if (live && live.hasAttribute("data-tick")) { setInterval(refresh, 30000); }

  if (live && window.EventSource) {
    var source = new EventSource("/staff/live");
    var pending = null;
    source.addEventListener("submission", function (e) {
      var data = JSON.parse(e.data);
      if (alertBox && data.state === live.getAttribute("data-alert")) {
        alertBox.hidden = false;
        beep();
      }
      if (pending === null) { pending = setTimeout(function () { pending = null; refresh(); }, 150); }
    });
    source.addEventListener("hello", function () { if (status) { status.textContent = "Live"; } });
  }

  // One-key actions on an item page; j/k move through the queue list.
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    var form = document.querySelector("form[data-key='" + e.key + "']");
    if (form) {
      e.preventDefault();
      var field = form.querySelector("select, input[type=text], textarea");
      if (field) { field.focus(); } else { form.requestSubmit(); }
      return;
    }
    if (e.key === "j" || e.key === "k") {
      var rows = Array.from(document.querySelectorAll("table.queue tbody tr"));
      if (!rows.length) { return; }
      var at = rows.findIndex(function (r) { return r.classList.contains("current"); });
      var next = e.key === "j" ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1);
      rows.forEach(function (r) { r.classList.remove("current"); });
      rows[next].classList.add("current");
      var link = rows[next].querySelector("a.open");
      if (link) { link.focus(); }
    }
  });
})();
