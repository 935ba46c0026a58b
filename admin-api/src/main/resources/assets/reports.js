// The KPI dashboard's 30-day trend charts, from each canvas's data attributes (no inline script:
// the CSP forbids it). Chart.js is loaded first. Charts are drawn again after htmx swaps the
// dashboard in (a new period, a drill-down); a refused filter (400) is swapped in too, so its
// message shows.
(function () {
  "use strict";

  function parse(canvas, name) {
    try { return JSON.parse(canvas.dataset[name] || "[]"); } catch (e) { return []; }
  }

  function percent(v, digits) { return (v * 100).toFixed(digits) + "%"; }

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof window.Chart === "undefined") return;
    canvas.dataset.drawn = "1";
    var labels = parse(canvas, "labels");
    var values = parse(canvas, "values");
    var isPercent = canvas.dataset.kind === "percent";
    var datasets = [{
      type: isPercent ? "line" : "bar",
      label: canvas.dataset.label,
      data: values,
      spanGaps: false,
      borderColor: "#0172ad",
      backgroundColor: isPercent ? "#0172ad" : "rgba(1, 114, 173, 0.45)",
      pointRadius: 3
    }];
    if (canvas.dataset.cap) {
      var cap = parseFloat(canvas.dataset.cap);
      datasets.push({
        type: "line", label: canvas.dataset.capLabel, data: labels.map(function () { return cap; }),
        borderColor: "#c0392b", borderDash: [6, 4], pointRadius: 0, fill: false
      });
      // a day over the cap drawn in red
      datasets[0].pointBackgroundColor = values.map(function (v) { return v !== null && v > cap ? "#c0392b" : "#0172ad"; });
      datasets[0].pointRadius = values.map(function (v) { return v !== null && v > cap ? 5 : 3; });
    }
    new window.Chart(canvas, {
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { display: datasets.length > 1 },
          tooltip: { callbacks: { label: function (c) {
            return c.dataset.label + ": " + (c.raw === null ? "—" : isPercent ? percent(c.raw, 1) : c.raw);
          } } }
        },
        scales: {
          x: { ticks: { maxTicksLimit: 8, autoSkip: true, maxRotation: 0 } },
          y: { beginAtZero: true, suggestedMax: isPercent ? 0.1 : undefined,
               ticks: isPercent ? { callback: function (v) { return percent(v, 0); } } : { precision: 0 } }
        }
      }
    });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll("canvas.trend-chart"), draw);
  }

  if (document.readyState === "complete") drawAll();
  else window.addEventListener("load", drawAll);
  document.addEventListener("htmx:afterSettle", drawAll);
  document.addEventListener("htmx:beforeSwap", function (e) {
    var target = e.detail.target;
    if (!target || target.id !== "dashboard") return;
    if (e.detail.xhr.status === 400) { e.detail.shouldSwap = true; e.detail.isError = false; }
    if (typeof window.Chart === "undefined") return;
    Array.prototype.forEach.call(target.querySelectorAll("canvas.trend-chart"), function (c) {
      var chart = window.Chart.getChart(c);
      if (chart) chart.destroy();
    });
  });
})();
