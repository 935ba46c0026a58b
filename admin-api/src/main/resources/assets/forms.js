// Forms of the configuration pages: a refused form (422) comes back with its messages next to the
// fields, so htmx swaps it in like a success instead of treating it as an error.
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (e) {
    if (e.detail.xhr.status === 422) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSwap", function (e) {
    var invalid = e.detail.target.querySelector("[aria-invalid='true']");
    if (invalid) invalid.focus();
  });
})();
