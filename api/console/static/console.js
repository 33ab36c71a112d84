// The console's only script of its own (the Content-Security-Policy allows no inline script).
"use strict";
(function () {
  // Charts: a <div data-chart> holds its series as JSON in data-series, or names in data-src a
  // console endpoint whose "charts" object holds it under the div's data-chart name (one fetch per
  // endpoint, however many charts read it).
  function draw(el, spec) {
    var series = [{}].concat(spec.labels.map(function (label, i) {
      return { label: label, stroke: spec.colors[i % spec.colors.length], width: 2 };
    }));
    var width = Math.max(el.clientWidth || 600, 320);
    new uPlot({ width: width, height: 220, series: series, axes: [{}, { size: 70 }] }, [spec.x].concat(spec.y), el);
    el.setAttribute("data-drawn", "true");
  }
  function drawCharts(root) {
    if (typeof uPlot === "undefined") return;
    var bySource = {};
    root.querySelectorAll("div[data-chart]:not([data-drawn])").forEach(function (el) {
      var src = el.getAttribute("data-src");
      if (!src) { draw(el, JSON.parse(el.getAttribute("data-series"))); return; }
      (bySource[src] = bySource[src] || []).push(el);
    });
    Object.keys(bySource).forEach(function (src) {
      fetch(src, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then(function (data) {
          bySource[src].forEach(function (el) {
            var spec = data.charts[el.getAttribute("data-chart")];
            if (spec) draw(el, spec);
          });
        })
        .catch(function (error) {
          bySource[src].forEach(function (el) {
            el.setAttribute("data-drawn", "failed");
            el.textContent = (el.getAttribute("data-failed") || "") + " (" + error.message + ")";
          });
        });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawCharts(event.target); });
  // A new key's secret: selected on focus so that keyboard users copy it with one shortcut.
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("secret")) event.target.select();
  });
})();
