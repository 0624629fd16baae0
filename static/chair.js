// The chair's list: live refresh, actions without a page reload, keys, and drag to reorder.
// Every action is also an ordinary form that works without this script.
(function () {
  "use strict";
  var live = document.getElementById("chair-list");
  var status = document.getElementById("live-status");
  var meta = document.querySelector("meta[name=csrf-token]");
  var csrf = meta ? meta.getAttribute("content") : "";
  var dragging = null;
  var pending = null;

  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  if (!live) { return; }

  function say(text) { if (status) { status.textContent = text; } }

  var afterDrag = false;
  var pressed = false; // a button is down on the list: a drag may be starting, so keep the nodes under it

  function busy() { return dragging !== null || pressed; }

  function refresh() {
    if (busy()) { afterDrag = true; return; }
    var focused = document.activeElement && document.activeElement.getAttribute("data-focus");
    return fetch(live.getAttribute("data-src"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        if (busy()) { afterDrag = true; return; } // never swap the list out from under a drag
        var doc = new DOMParser().parseFromString(html, "text/html");
        live.replaceChildren.apply(live, Array.from(doc.body.childNodes));
        if (focused) {
          var again = live.querySelector("[data-focus='" + focused + "']");
          if (again) { again.focus(); }
        }
        live.setAttribute("data-loaded", String(Date.now()));
      });
  }

  function soon() {
    if (pending === null) { pending = setTimeout(function () { pending = null; refresh(); }, 100); }
  }

  function post(url, body) {
    return fetch(url, { method: "POST", credentials: "same-origin", body: body, headers: { "X-CSRF-Token": csrf } })
      .then(function (r) {
        if (r.ok) { return null; }
        return r.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var msg = doc.querySelector("main p");
          return msg ? msg.textContent.trim() : "That did not work (" + r.status + ").";
        });
      })
      .then(function (problem) {
        say(problem || "Saved " + new Date().toLocaleTimeString());
        return refresh();
      });
  }

  live.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute("data-chair")) { return; }
    e.preventDefault();
    post(form.getAttribute("action"), new FormData(form));
  });

  if (window.EventSource) {
    var source = new EventSource("/staff/chair/live");
    source.addEventListener("changed", soon);
    source.addEventListener("hello", function () { say("Live"); soon(); });
    source.addEventListener("error", function () { say("Reconnecting…"); });
  }

  // Keys on a focused item (or a button inside it).
  function itemOf(el) { return el && el.closest ? el.closest("li.chair-item") : null; }
  function submitAction(item, name) {
    var form = item.querySelector("form[data-chair='" + name + "']");
    if (form) { form.requestSubmit(); return true; }
    return false;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    var item = itemOf(e.target);
    var items = Array.from(live.querySelectorAll("li.chair-item"));
    if (!item) {
      if ((e.key === "j" || e.key === "ArrowDown") && !e.altKey && items.length && e.target === document.body) {
        e.preventDefault(); items[0].focus();
      }
      return;
    }
    var handled = true;
    if (e.altKey && e.key === "ArrowUp") { item.focus(); handled = submitAction(item, "up"); }
    else if (e.altKey && e.key === "ArrowDown") { item.focus(); handled = submitAction(item, "down"); }
    else if (e.altKey) { return; }
    else if (e.key === "j" || e.key === "ArrowDown" || e.key === "k" || e.key === "ArrowUp") {
      var at = items.indexOf(item);
      var next = (e.key === "j" || e.key === "ArrowDown") ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      items[next].focus();
    }
    else if (e.key === "s") { item.focus(); handled = submitAction(item, "screen"); }
    else if (e.key === "r") { item.focus(); handled = submitAction(item, "read-out"); }
    else if (e.key === "x") { item.focus(); handled = submitAction(item, "skip"); }
    else { handled = false; }
    if (handled) { e.preventDefault(); }
  });

  // Drag an item within its panel's list; the server keeps any item this view did not know about.
  function released() {
    pressed = false;
    if (!dragging && afterDrag) { afterDrag = false; soon(); }
  }
  live.addEventListener("pointerdown", function () { pressed = true; });
  document.addEventListener("pointerup", released);
  document.addEventListener("pointercancel", released);
  live.addEventListener("dragstart", function (e) {
    var item = itemOf(e.target);
    if (!item || item.getAttribute("draggable") !== "true") { return; }
    dragging = item;
    item.classList.add("dragging");
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", item.getAttribute("data-id"));
  });
  live.addEventListener("dragover", function (e) {
    var over = itemOf(e.target);
    if (!dragging || !over || over === dragging || over.parentNode !== dragging.parentNode) { return; }
    e.preventDefault();
    live.querySelectorAll(".drop-before").forEach(function (n) { n.classList.remove("drop-before"); });
    over.classList.add("drop-before");
  });
  live.addEventListener("drop", function (e) {
    var over = itemOf(e.target);
    if (!dragging || !over || over.parentNode !== dragging.parentNode) { return; }
    e.preventDefault();
    if (over === dragging) { return; }
    var list = over.parentNode;
    var box = over.getBoundingClientRect();
    var after = e.clientY > box.top + box.height / 2;
    list.insertBefore(dragging, after ? over.nextSibling : over);
    var body = new FormData();
    body.append("csrf", csrf);
    body.append("panel", list.getAttribute("data-panel"));
    body.append("version", list.getAttribute("data-version"));
    Array.from(list.querySelectorAll("li.chair-item")).forEach(function (li) { body.append("item", li.getAttribute("data-id")); });
    var moved = dragging;
    dragging = null;
    pressed = false;
    moved.classList.remove("dragging");
    live.querySelectorAll(".drop-before").forEach(function (n) { n.classList.remove("drop-before"); });
    moved.focus();
    afterDrag = false;
    post("/staff/chair/order", body);
  });
  live.addEventListener("dragend", function () {
    if (dragging) { dragging.classList.remove("dragging"); dragging = null; }
    pressed = false;
    if (afterDrag) { afterDrag = false; soon(); }
    live.querySelectorAll(".drop-before").forEach(function (n) { n.classList.remove("drop-before"); });
  });

  if (location.hash.indexOf("#item-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) { target.focus(); }
  }
})();
