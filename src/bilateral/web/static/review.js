// Review queue: keyboard shortcuts, and decisions sent to the REST API without leaving the
// page. Without JavaScript the same forms post to /review/ID and come back here.
(function () {
  "use strict";
  var table = document.getElementById("review-queue");
  if (!table) { return; }
  function rows() { return Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-id]")); }
  var current = 0;
  function select(index) {
    var all = rows();
    if (!all.length) { return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === current); });
    all[current].scrollIntoView({block: "nearest"});
  }
  function send(form, decision) {
    var headers = {"Content-Type": "application/json", "X-Bilateral-Client": "dashboard"};
    var token = form.querySelector("input[name=token]");
    if (token && token.value) { headers.Authorization = "Bearer " + token.value; }
    var path = "/api/" + form.dataset.review + "s/" + encodeURIComponent(form.dataset.id);
    return fetch(path, {method: "PATCH", headers: headers, body: JSON.stringify({decision: decision})})
      .then(function (response) { return response.json(); });
  }
  table.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    if (!button || !button.value) { return; }
    event.preventDefault();
    var row = form.closest("tr");
    send(form, button.value).then(function (body) {
      if (body.ok) {
        var index = rows().indexOf(row);
        row.remove();
        select(index);
      } else {
        window.alert(body.error);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest("input, select, textarea") || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var row = rows()[current];
    if (event.key === "j") { select(current + 1); }
    else if (event.key === "k") { select(current - 1); }
    else if (row && event.key === "a") { row.querySelector("button.accept").click(); }
    else if (row && event.key === "r") { row.querySelector("button.reject").click(); }
    else if (row && (event.key === "e" || event.key === "Enter")) { window.location = row.querySelector("a.open").href; }
  });
  select(0);
})();
