// Charts drawn with Plotly (served from the installed plotly Python package), from JSON
// the server put in <script type="application/json"> blocks.
(function () {
  "use strict";
  var CONFIG = {displaylogo: false, responsive: true};
  // Plotly reads a few HTML-like tags in labels; entities make every name plain text.
  function plain(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function drawIndex() {
    var d = data("index-data");
    if (!d) { return; }
    // Index line on top, event counts below (cooperative up, conflictual down): one x axis.
    var traces = [
      {x: d.x, y: d.score, type: "scatter", mode: "lines+markers", name: "index (Goldstein sum)",
       line: {color: "#1f4e79", width: 3}},
      {x: d.x, y: d.cooperation, type: "bar", name: "cooperative events", marker: {color: "#7fb77e"}, yaxis: "y2"},
      {x: d.x, y: d.conflict, type: "bar", name: "conflictual events", marker: {color: "#e07b6a"}, yaxis: "y2"}
    ];
    var layout = {
      margin: {t: 10, r: 20, b: 40, l: 60}, barmode: "relative", legend: {orientation: "h", y: -0.15},
      xaxis: {type: "category"},
      yaxis: {title: {text: "index"}, domain: [0.38, 1], zeroline: true, zerolinecolor: "#999"},
      yaxis2: {title: {text: "events"}, domain: [0, 0.3], tickformat: "d", zeroline: true,
               zerolinecolor: "#999", rangemode: "tozero"}
    };
    Plotly.newPlot("index-chart", traces, layout, CONFIG);
  }

  // One colour per country, in the order countries first appear.
  var PALETTE = ["#1f4e79", "#c0504d", "#4f8f4a", "#8064a2", "#d08b2c", "#2c8c99", "#7f7f7f"];
  var colours = {};
  function colourOf(country) {
    if (!(country in colours)) {
      colours[country] = PALETTE[Object.keys(colours).length % PALETTE.length];
    }
    return colours[country];
  }

  // A hidden axis with room around the nodes, so a small network is not stretched edge to edge.
  function paddedAxis(values) {
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var pad = Math.max((hi - lo) * 0.15, 1);
    return {visible: false, zeroline: false, showgrid: false, range: [lo - pad, hi + pad]};
  }

  function drawNetwork() {
    var g = data("network-data");
    if (!g) { return; }
    var at = {};
    g.nodes.forEach(function (n) { at[n.id] = n; });
    var ex = [], ey = [];
    g.edges.forEach(function (e) {
      var a = at[e.source], b = at[e.target];
      if (a && b) { ex.push(a.x, b.x, null); ey.push(a.y, b.y, null); }
    });
    var edges = {x: ex, y: ey, mode: "lines", type: "scatter", hoverinfo: "none",
                 line: {color: "#b8c4d0", width: 1.5}, showlegend: false};
    var nodes = {
      x: g.nodes.map(function (n) { return n.x; }),
      y: g.nodes.map(function (n) { return n.y; }),
      text: g.nodes.map(function (n) { return plain(n.name); }),
      customdata: g.nodes.map(function (n) { return [plain(n.country), n.events]; }),
      hovertemplate: "%{text} (%{customdata[0]})<br>%{customdata[1]} events<extra></extra>",
      mode: "markers+text", textposition: "top center", type: "scatter", showlegend: false,
      marker: {size: g.nodes.map(function (n) { return 10 + 4 * Math.sqrt(n.events); }),
               color: g.nodes.map(function (n) { return colourOf(n.country); }),
               line: {color: "#fff", width: 1}}
    };
    Plotly.newPlot("network-chart", [edges, nodes],
                   {margin: {t: 10, r: 10, b: 10, l: 10}, xaxis: paddedAxis(nodes.x),
                    yaxis: paddedAxis(nodes.y), hovermode: "closest"},
                   CONFIG);
  }

  drawIndex();
  drawNetwork();
})();
