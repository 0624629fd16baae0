// Small extras when JavaScript runs; every page works without it.
(function () {
  "use strict";
  var box = document.getElementById("message");
  var counter = document.getElementById("message-count");
  if (box && counter) {
    var out = counter.querySelector("[data-count]");
    var max = parseInt(box.getAttribute("maxlength") || "600", 10);
    var update = function () {
      var n = Array.from(box.value).length;
      out.textContent = String(n);
      counter.classList.toggle("over", n > max);
    };
    counter.hidden = false;
    box.addEventListener("input", update);
    update();
  }
  var form = document.querySelector("form.send");
  if (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) { setTimeout(function () { button.disabled = true; }, 0); }
    });
  }
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var target = document.querySelector(button.getAttribute("data-copy"));
    if (!target || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim());
    });
  });
})();
