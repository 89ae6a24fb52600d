// The report viewer: figure details on click, corrections, missed figures, the noise toggle.
// No data is ever inserted as HTML: every value goes through textContent.
(function () {
  "use strict";
  var root = document.getElementById("viewer");
  if (!root) return;
  var figures = JSON.parse(document.getElementById("figures").textContent || "[]");
  var detail = document.getElementById("detail");
  var current = null;
  var author = document.getElementById("author");
  if (author) {
    author.value = localStorage.getItem("gwr-author") || "";
    author.addEventListener("change", function () { localStorage.setItem("gwr-author", author.value); });
  }
  var shown = ["indicator", "label", "value_text", "low_text", "high_text", "comparator", "unit", "measure",
    "status", "strength", "year", "aggregate", "period_start", "period_end", "scope", "section", "confidence", "verified", "start", "end"];

  function text(id, value) { document.getElementById(id).textContent = value == null ? "" : String(value); }

  function show(mark) {
    var f = figures[Number(mark.getAttribute("data-i"))];
    if (!f) return;
    if (current) current.classList.remove("active");
    current = mark;
    mark.classList.add("active");
    text("d-raw", f.raw);
    text("d-sentence", f.sentence);
    var table = document.getElementById("d-fields");
    table.textContent = "";
    shown.forEach(function (k) {
      if (f[k] == null || f[k] === "") return;
      var tr = document.createElement("tr");
      var th = document.createElement("th"); th.textContent = k;
      var td = document.createElement("td"); td.textContent = String(f[k]);
      tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
    });
    var form = document.getElementById("correct-form");
    if (form) {
      ["indicator", "comparator", "measure", "status", "unit", "year"].forEach(function (k) {
        form.elements[k].value = f[k] == null ? "" : String(f[k]);
      });
      form.elements.value.value = f.value_text == null ? "" : String(f.value_text);
      text("d-msg", "");
    }
    detail.hidden = false;
  }

  document.getElementById("text").addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark.fig");
    if (mark) show(mark);
  });
  document.getElementById("text").addEventListener("keydown", function (ev) {
    var mark = ev.target.closest("mark.fig");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); show(mark); }
  });
  document.getElementById("detail-close").addEventListener("click", function () { detail.hidden = true; });

  var toggle = document.getElementById("noise-toggle");
  toggle.addEventListener("change", function () { root.classList.toggle("show-noise", toggle.checked); });

  function post(body, done) {
    body.document_id = Number(root.getAttribute("data-doc"));
    body.author = (author && author.value) || "anonymous";
    fetch("/api/corrections", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, json: j }; });
    }).then(function (res) {
      if (!res.ok) { text("d-msg", "Not saved: " + (res.json.error || "error")); return; }
      done(res.json);
    }).catch(function () { text("d-msg", "Not saved: the server did not answer"); });
  }

  function mark(cls, label) {
    if (!current) return;
    current.classList.remove("v-extracted", "v-confirmed", "v-corrected", "v-rejected");
    current.classList.add(cls);
    var f = figures[Number(current.getAttribute("data-i"))];
    f.verified = label;
  }

  function span() {
    var f = figures[Number(current.getAttribute("data-i"))];
    return { start: f.start, end: f.end };
  }

  var form = document.getElementById("correct-form");
  if (form) {
    document.getElementById("btn-confirm").addEventListener("click", function () {
      if (!current) return;
      var b = span(); b.action = "confirm";
      post(b, function () { mark("v-confirmed", "confirmed"); text("d-msg", "Confirmed."); });
    });
    document.getElementById("btn-reject").addEventListener("click", function () {
      if (!current) return;
      var b = span(); b.action = "reject";
      post(b, function () { mark("v-rejected", "rejected"); text("d-msg", "Rejected: dropped from panels."); });
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!current) return;
      var f = figures[Number(current.getAttribute("data-i"))];
      var changes = {};
      ["indicator", "comparator", "measure", "status", "unit", "year"].forEach(function (k) {
        var v = form.elements[k].value.trim();
        var old = f[k] == null ? "" : String(f[k]);
        if (v !== old) changes[k] = v === "" ? null : v;
      });
      var v = form.elements.value.value.trim();
      if (v !== (f.value_text == null ? "" : String(f.value_text))) changes.value = v === "" ? null : v;
      if (Object.keys(changes).length === 0) { text("d-msg", "Nothing changed."); return; }
      var b = span(); b.action = "correct"; b.changes = changes;
      post(b, function () {
        Object.keys(changes).forEach(function (k) { f[k] = changes[k]; if (k === "value") f.value_text = changes[k]; });
        mark("v-corrected", "corrected"); show(current); text("d-msg", "Correction saved.");
      });
    });
  }

  // a figure the extractor missed: select its text, then press the button
  var missed = document.getElementById("mark-missed");
  function offsetOf(node, offset) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var piece = el && el.closest("[data-o]");
    if (!piece || piece.closest("del")) return null;
    return Number(piece.getAttribute("data-o")) + (node.nodeType === 3 ? offset : 0);
  }
  function selected() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var r = sel.getRangeAt(0);
    var a = offsetOf(r.startContainer, r.startOffset), b = offsetOf(r.endContainer, r.endOffset);
    if (a == null || b == null || b <= a) return null;
    return { start: a, end: b, text: sel.toString() };
  }
  if (missed) {
    document.addEventListener("selectionchange", function () { missed.disabled = !selected(); });
    missed.addEventListener("click", function () {
      var s = selected();
      if (!s) return;
      var status = window.prompt("Missed figure “" + s.text + "”: status (target, actual or estimate)", "target");
      if (!status) return;
      var indicator = window.prompt("Indicator id (gdp, cpi, …)", "") || null;
      var value = window.prompt("Value in the base unit (7.5 for 7.5%)", "") || null;
      var body = { start: s.start, end: s.end, action: "add",
        changes: { status: status, indicator: indicator, value: value, comparator: "=", measure: "level" } };
      if (!indicator) body.changes.label = s.text;
      post(body, function () { window.location.reload(); });
    });
  }

  var hit = document.getElementById("hit");
  if (hit) hit.scrollIntoView({ block: "center" });
})();
