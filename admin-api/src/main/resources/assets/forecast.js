// The staffing forecast's chart: dial attempts due (bars) and agents needed (line) per hour, from
// the canvas's data attributes (no inline script: the CSP forbids it). Chart.js is loaded first.
(function () {
  "use strict";

  function series(canvas, name) {
    try { return JSON.parse(canvas.dataset[name] || "[]"); } catch (e) { return []; }
  }

  function draw() {
    var canvas = document.getElementById("forecast-chart");
    if (!canvas || canvas.dataset.drawn || typeof window.Chart === "undefined") return;
    canvas.dataset.drawn = "1";
    new window.Chart(canvas, {
      data: {
        labels: series(canvas, "labels"),
        datasets: [
          { type: "bar", label: canvas.dataset.dueLabel, data: series(canvas, "due"),
            yAxisID: "due", backgroundColor: "rgba(1, 114, 173, 0.45)" },
          { type: "line", label: canvas.dataset.agentsLabel, data: series(canvas, "agents"),
            yAxisID: "agents", borderColor: "#c0392b", backgroundColor: "#c0392b",
            pointRadius: 0, stepped: true },
          { type: "line", label: canvas.dataset.missedLabel, data: series(canvas, "missed"),
            yAxisID: "due", borderColor: "#7f8c8d", borderDash: [4, 4], pointRadius: 0 }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { ticks: { maxTicksLimit: 14, autoSkip: true } },
          due: { type: "linear", position: "left", beginAtZero: true,
                 title: { display: true, text: canvas.dataset.dueLabel } },
          agents: { type: "linear", position: "right", beginAtZero: true,
                    grid: { drawOnChartArea: false },
                    title: { display: true, text: canvas.dataset.agentsLabel } }
        }
      }
    });
  }

  if (document.readyState === "complete") draw();
  else window.addEventListener("load", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
