// The indicator panel's chart: target and outcome lines per region over years, from the table below.
(function () {
  "use strict";
  var el = document.getElementById("chart");
  if (!el || typeof echarts === "undefined") return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("#panel-table tbody tr[data-year]"));
  var years = {}, series = {};
  rows.forEach(function (tr) {
    var v = tr.getAttribute("data-value");
    if (v === "") return;
    var year = Number(tr.getAttribute("data-year"));
    var key = tr.getAttribute("data-region") + " · " + (tr.getAttribute("data-status") === "target" ? "target" : "outcome");
    years[year] = true;
    (series[key] = series[key] || { status: tr.getAttribute("data-status"), points: {} }).points[year] = Number(v);
  });
  var xs = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
  var chart = echarts.init(el, null, { renderer: "canvas" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { top: 40, left: 60, right: 20, bottom: 40 },
    xAxis: { type: "category", data: xs.map(String) },
    yAxis: { type: "value", scale: true },
    series: Object.keys(series).map(function (k) {
      var s = series[k];
      return { name: k, type: "line", connectNulls: true, symbolSize: 7,
        lineStyle: { type: s.status === "target" ? "dashed" : "solid" },
        data: xs.map(function (y) { return y in s.points ? s.points[y] : null; }) };
    })
  });
  el.setAttribute("data-drawn", String(Object.keys(series).length));
  window.addEventListener("resize", function () { chart.resize(); });
})();
