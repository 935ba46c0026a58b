// The console's shared behaviour: no inline scripts (the pages' CSP forbids them), no eval.
(function () {
  "use strict";

  function text(key) {
    var t = document.getElementById("texts");
    var el = t && t.content.querySelector('[data-key="' + key + '"]');
    return el ? el.textContent : key;
  }

  window.followupText = text;

  var noticeTimer;
  function notice(htmlOrText, isHtml, kind) {
    var box = document.getElementById("notice");
    if (!box) return;
    box.classList.toggle("ok", kind === "ok");
    if (isHtml) box.innerHTML = htmlOrText; else box.textContent = htmlOrText;
    box.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () { box.hidden = true; }, 10000);
  }
  window.followupNotice = notice;

  function csrf() { return document.body.getAttribute("data-csrf") || ""; }
  window.followupCsrf = csrf;

  document.addEventListener("DOMContentLoaded", function () {
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* none */ }
    var field = document.getElementById("signin-zone");
    if (field) field.value = zone;
    if (document.body.getAttribute("data-signed-in") === "true" && zone
        && document.body.getAttribute("data-zone") !== zone
        && sessionStorage.getItem("followup.zone") !== zone) {
      fetch("/console/zone", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": csrf() },
        body: "value=" + encodeURIComponent(zone)
      }).then(function (r) {
        if (r.ok) { sessionStorage.setItem("followup.zone", zone); location.reload(); }
      });
    }
    var box = document.getElementById("notice");
    if (box) box.addEventListener("click", function () { box.hidden = true; });
  });

  document.addEventListener("change", function (e) {
    var el = e.target;
    if (!el.hasAttribute || !el.hasAttribute("data-submit-on-change")) return;
    var form = el.form;
    if (form.hasAttribute("hx-post") && window.htmx) htmx.trigger(form, "submit");
    else form.requestSubmit();
  });

  document.addEventListener("htmx:responseError", function (e) {
    var xhr = e.detail.xhr;
    if (xhr.status === 401) { location.href = "/?expired=1"; return; }
    var body = xhr.responseText || "";
    if (/^\s*</.test(body)) notice(body, true); else notice(body || (xhr.status + " " + xhr.statusText), false);
  });
  document.addEventListener("htmx:sendError", function () { notice(text("offline"), false); });
  document.addEventListener("htmx:timeout", function () { notice(text("timeout"), false); });
})();
