// The manager's timeline editor: adding and removing step rows, the holiday calendar, the dry
// run's chart, and showing refused drafts (422/409) in place. No inline scripts (the CSP forbids
// them), no eval.
(function () {
  "use strict";

  function $(id) { return document.getElementById(id); }

  function changed(el) { el.dispatchEvent(new Event("change", { bubbles: true })); }

  function addStep() {
    var body = $("steps-body");
    var rows = body.querySelectorAll("tr[data-step]");
    var n = rows.length + 1;
    var last = rows.length ? rows[rows.length - 1] : null;
    // "%n%" stands for the number inside messages (a message would eat the braces of "{n}")
    var html = $("step-row-template").innerHTML.replace(/\{n\}|%n%/g, String(n));
    body.insertAdjacentHTML("beforeend", html);
    var opens = last ? last.querySelector('input[name$="-deadlineDays"]').value || "0" : "0";
    var row = body.querySelector('tr[data-step="' + n + '"]');
    var texts = body.querySelector('tr[data-sms-for="' + n + '"]');
    if (window.htmx && texts) window.htmx.process(texts);
    row.querySelector('input[name$="-opensAfterDays"]').value = opens;
    row.querySelector('input[name$="-deadlineDays"]').value = String(Number(opens) + 7);
    row.querySelector('input[name$="-maxAttempts"]').value = "6";
    row.querySelector('input[name$="-deadlineDays"]').focus();
    changed(row.querySelector("input"));
  }

  function removeStep() {
    var rows = $("steps-body").querySelectorAll("tr[data-step]");
    if (rows.length <= 1) return;
    var n = rows[rows.length - 1].getAttribute("data-step");
    var texts = $("steps-body").querySelector('tr[data-sms-for="' + n + '"]');
    if (texts) texts.remove();
    rows[rows.length - 1].remove();
    changed($("f-name"));
  }

  function toggleHoliday(date) {
    var field = $("f-callingRules-holidays");
    var dates = field.value.split(/[\s,;，；]+/).filter(function (d) { return d; });
    var at = dates.indexOf(date);
    if (at >= 0) dates.splice(at, 1); else dates.push(date);
    dates.sort();
    field.value = dates.join(", ");
    changed(field);
  }

  function markInvalid() {
    document.querySelectorAll("#timeline-editor small.field-error").forEach(function (err) {
      var input = $("f-" + err.id.substring(4));
      if (!input) return;
      if (err.textContent.trim()) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    });
  }

  var chart = null;
  function drawChart() {
    var canvas = $("due-chart");
    if (!canvas || !window.Chart) return;
    if (chart) { chart.destroy(); chart = null; }
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    var t = $("mc-texts");
    var label = t ? t.content.querySelector('[data-key="due"]').textContent : "Due";
    chart = new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: [{ label: label, data: data.values, backgroundColor: "#3b82f6" }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  // an SMS step's texts show only while its channel is SMS (without this script they stay as drawn)
  function showTexts(select) {
    var row = select.closest("tr[data-step]");
    var texts = row && $("steps-body").querySelector('tr[data-sms-for="' + row.getAttribute("data-step") + '"]');
    if (texts) texts.hidden = select.value !== "SMS";
  }
  document.addEventListener("change", function (e) {
    if (e.target.classList && e.target.classList.contains("channel-select")) showTexts(e.target);
  });

  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("button") : null;
    if (!el || !el.closest("#timeline-editor")) return;
    if (el.id === "add-step") addStep();
    else if (el.id === "remove-step") removeStep();
    else if (el.hasAttribute("data-holiday")) toggleHoliday(el.getAttribute("data-holiday"));
    else if (el.hasAttribute("data-calendar-month")) {
      $("calendar-month").value = el.getAttribute("data-calendar-month");
      changed($("calendar-month"));
    }
  });

  // a refused draft or save comes back as 422 or 409 with the messages to show in place
  document.addEventListener("htmx:beforeSwap", function (e) {
    var status = e.detail.xhr.status;
    var elt = e.detail.elt;
    if ((status === 422 || status === 409) && elt.closest
        && (elt.closest("#timeline-editor") || elt.closest("#dialing-form"))) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSettle", function () { markInvalid(); drawChart(); });
  document.addEventListener("DOMContentLoaded", function () { markInvalid(); drawChart(); });
})();
