// The agent desk: live timers and countdowns, the customer's clock, hot keys. The parts of the
// page are swapped by htmx (live events and actions), so everything here is found afresh each tick.
(function () {
  "use strict";

  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }
  var lang = document.documentElement.lang || "en";

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-since]").forEach(function (el) {
      var since = Date.parse(el.getAttribute("data-since"));
      if (!isNaN(since)) el.textContent = clock((now - since) / 1000);
    });
    document.querySelectorAll("[data-countdown-until]").forEach(function (el) {
      var until = Date.parse(el.getAttribute("data-countdown-until"));
      if (isNaN(until)) return;
      var left = (until - now) / 1000;
      el.textContent = clock(left);
      el.classList.toggle("urgent", left < 10);
      var target = el.getAttribute("data-on-zero");
      if (left <= 0 && target && !el.hasAttribute("data-fired")) {
        el.setAttribute("data-fired", "");
        var button = document.querySelector(target);
        if (button && !button.disabled) button.click();
      }
    });
    document.querySelectorAll("[data-clock-zone]").forEach(function (el) {
      try {
        el.textContent = new Intl.DateTimeFormat(lang, {
          timeZone: el.getAttribute("data-clock-zone"), hour: "2-digit", minute: "2-digit", hour12: false
        }).format(new Date(now));
      } catch (e) { /* unknown zone: keep the server's text */ }
    });
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", tick);
  document.addEventListener("htmx:afterSwap", tick);

  function typing(el) {
    return el && (el.tagName === "TEXTAREA" || el.tagName === "SELECT"
      || (el.tagName === "INPUT" && !/^(radio|checkbox|button|submit)$/.test(el.type)));
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey) return;
    var key = e.key;
    if (e.altKey && e.code && /^Digit[1-6]$/.test(e.code)) key = e.code.slice(5);
    else if (e.altKey || typing(e.target)) return;
    var button = null;
    if (/^[1-6]$/.test(key)) button = document.querySelector('#outcome-form button[data-hotkey="' + key + '"]');
    else if (key === "d" || key === "D") button = document.getElementById("dial-button");
    else if (key === "s" || key === "S") button = document.getElementById("skip-button");
    if (button && !button.disabled) { e.preventDefault(); button.click(); }
  });

  // A session that ended while the desk was open: back to sign-in, saying so.
  document.addEventListener("htmx:sseMessage", function (e) {
    if (e.detail && e.detail.type === "expired") location.href = "/?expired=1";
  });
  document.addEventListener("outcome-saved", function () {
    if (window.followupNotice) window.followupNotice(window.followupText("saved"), false, "ok");
  });
})();
