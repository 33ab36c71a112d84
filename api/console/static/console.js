// The console's only script of its own (the Content-Security-Policy allows no inline script).
// Charts: every <div data-chart> holds its series as JSON in data-series and is drawn with uPlot.
"use strict";
(function () {
  function drawCharts(root) {
    if (typeof uPlot === "undefined") return;
    root.querySelectorAll("div[data-chart]:not([data-drawn])").forEach(function (el) {
      var spec = JSON.parse(el.getAttribute("data-series"));
      var series = [{}].concat(spec.labels.map(function (label, i) {
        return { label: label, stroke: spec.colors[i % spec.colors.length], width: 2 };
      }));
      var width = Math.max(el.clientWidth || 600, 320);
      new uPlot({ width: width, height: 220, series: series, axes: [{}, { size: 70 }] }, [spec.x].concat(spec.y), el);
      el.setAttribute("data-drawn", "true");
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawCharts(event.target); });
  // A new key's secret: selected on focus so that keyboard users copy it with one shortcut.
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("secret")) event.target.select();
  });
})();
