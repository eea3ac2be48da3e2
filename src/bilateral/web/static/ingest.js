// The ingest page: send the files and URLs, then poll the job until it is done.
(function () {
  "use strict";
  var form = document.getElementById("ingest-form");
  if (!form) { return; }
  var box = document.getElementById("ingest-progress");
  var bar = document.getElementById("ingest-bar");
  var state = document.getElementById("ingest-state");
  var summary = document.getElementById("ingest-summary");
  var button = document.getElementById("ingest-submit");

  function headers() {
    var h = {"X-Bilateral-Client": "dashboard"};
    var token = document.getElementById("ingest-token");
    if (token && token.value) { h["Authorization"] = "Bearer " + token.value; }
    return h;
  }

  function line(text, href) {
    var li = document.createElement("li");
    if (href) {
      var a = document.createElement("a");
      a.href = href; a.textContent = text; li.appendChild(a);
    } else { li.textContent = text; }  // textContent: never parsed as HTML
    return li;
  }

  function showSummary(s) {
    summary.textContent = "";
    var ul = document.createElement("ul");
    ul.appendChild(line(s.ingested + " ingested, " + s.unchanged + " already stored, " +
                        s.duplicates.length + " duplicates, " + s.events + " events, " +
                        s.figures + " figures"));
    s.skipped.forEach(function (x) { ul.appendChild(line("skipped " + x.source + ": " + x.reason)); });
    s.failed.forEach(function (x) { ul.appendChild(line("failed " + x.source + ": " + x.reason)); });
    ul.appendChild(line("See the articles", "/documents"));
    summary.appendChild(ul);
  }

  function poll(id) {
    fetch("/api/ingest/" + encodeURIComponent(id), {headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var job = body.data;
        if (job.expected) { bar.max = job.expected; bar.value = job.done; }
        state.textContent = job.state + ": " + job.done + (job.expected ? " of " + job.expected : "") +
                            " items" + (job.current ? " (last: " + job.current + ")" : "");
        if (job.state === "done") {
          bar.max = 1; bar.value = 1; button.disabled = false;
          showSummary(job.summary);
        } else if (job.state === "failed") {
          state.textContent = "failed: " + job.error; button.disabled = false;
        } else {
          setTimeout(function () { poll(id); }, 700);
        }
      })
      .catch(function (err) { state.textContent = "lost contact: " + err; button.disabled = false; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    box.hidden = false; summary.textContent = ""; button.disabled = true;
    bar.removeAttribute("value");
    state.textContent = "uploading…";
    fetch(form.action, {method: "POST", body: new FormData(form), headers: headers()})
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (!body.ok) { state.textContent = "refused: " + body.error; button.disabled = false; return; }
        poll(body.data.job_id);
      })
      .catch(function (err) { state.textContent = "upload failed: " + err; button.disabled = false; });
  });
})();
