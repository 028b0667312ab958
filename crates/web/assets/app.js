// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  function ready() {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
    liveMtpd();
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { e.preventDefault(); }
      });
    });
  }
  // The BIA grid: the MTPD and priority as soon as a rating changes. The server works
  // them out again on saving (core::bcp::bia); this only shows them sooner.
  function liveMtpd() {
    var out = document.getElementById("mtpd-live");
    var table = document.querySelector("table.grid[data-unacceptable]");
    if (!out || !table) { return; }
    var limit = parseInt(table.getAttribute("data-unacceptable"), 10);
    function update() {
      var heads = table.querySelectorAll("thead th[data-hours]");
      var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
      var rated = false, hours = null, label = null, causes = [];
      rows.forEach(function (tr) {
        tr.querySelectorAll("select").forEach(function (sel) {
          var v = sel.value === "" ? null : parseInt(sel.value, 10);
          if (v !== null) { rated = true; }
          sel.parentNode.classList.toggle("serious", v !== null && v >= limit);
        });
      });
      for (var w = 0; w < heads.length && hours === null; w++) {
        rows.forEach(function (tr) {
          var sel = tr.querySelectorAll("select")[w];
          if (sel && sel.value !== "" && parseInt(sel.value, 10) >= limit) {
            causes.push(tr.querySelector(".category").textContent.trim());
          }
        });
        if (causes.length) { hours = parseInt(heads[w].getAttribute("data-hours"), 10); label = heads[w].textContent.trim(); }
      }
      out.querySelector(".mtpd").textContent = label === null ? out.getAttribute("data-none") : label;
      out.querySelector(".causes").textContent = causes.length ? "(" + out.getAttribute("data-cause").replace("{}", causes.join(", ")) + ")" : "";
      var p = hours !== null && hours <= 24 ? "p1" : hours !== null && hours <= 168 ? "p2" : rated ? "p3" : "unrated";
      out.querySelector(".priority").textContent = out.getAttribute("data-" + p);
    }
    table.addEventListener("change", update);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
})();
