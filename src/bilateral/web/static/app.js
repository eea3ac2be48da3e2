// Light behaviour shared by every page: filters that apply themselves.
(function () {
  "use strict";
  function submitOf(el) {
    var form = el.form;
    if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
  }
  document.querySelectorAll("[data-autosubmit]").forEach(function (el) {
    el.addEventListener("change", function () { submitOf(el); });
  });
  document.querySelectorAll("[data-autosubmit-typing]").forEach(function (el) {
    var timer = null;
    el.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { submitOf(el); }, 600);
    });
  });
  // Drop empty fields so filter URLs stay short and shareable.
  document.querySelectorAll("form.filters, form.pair-picker").forEach(function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && el.value === "") { el.disabled = true; }
      });
    });
  });
  var evidence = document.getElementById("evidence");
  if (evidence) { evidence.scrollIntoView({block: "center"}); }
})();
