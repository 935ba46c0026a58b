// QA's and the owners' breach forms: a refused form (422) comes back with its errors next to the
// fields and is swapped in like any answer; focus then goes to the first field in error.
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (e) {
    if (e.detail.xhr.status === 422) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    var invalid = e.detail.target && e.detail.target.parentNode &&
      e.detail.target.parentNode.querySelector('[aria-invalid="true"]');
    if (!invalid) return;
    var field = invalid.matches("fieldset") ? invalid.querySelector("input") : invalid;
    if (field) field.focus();
  });
})();
