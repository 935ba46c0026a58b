// The dealer's desk: choosing or dropping a file, checking it, sending it with a progress bar,
// then showing the server's summary. No inline scripts (the CSP forbids them), no eval.
(function () {
  "use strict";

  var ACCEPTED = /\.(csv|json)$/i;
  var EXCEL = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
  var CHUNK = 4 * 1024 * 1024;

  function text(key) {
    var t = document.getElementById("dealer-texts");
    var el = t && t.content.querySelector('[data-key="' + key + '"]');
    return el ? el.textContent.trim() : key;
  }

  function $(id) { return document.getElementById(id); }

  function init() {
    var form = $("upload-form");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var input = $("upload-file");
    var zone = $("drop-zone");
    var submit = $("upload-submit");
    var cancel = $("upload-cancel");
    var bar = $("upload-progress");
    var status = $("upload-status");
    var error = $("upload-error");
    var chosen = $("upload-chosen");
    var maxBytes = Number(form.dataset.maxBytes || "0");
    var file = null;
    var xhr = null;

    function showError(message, detail) {
      error.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = message;
      error.appendChild(strong);
      if (detail) {
        var p = document.createElement("span");
        p.className = "detail";
        p.textContent = " " + text("detail") + " " + detail;
        error.appendChild(p);
      }
      error.hidden = false;
    }

    function clearMessages() {
      error.hidden = true;
      error.textContent = "";
      status.textContent = "";
    }

    function idle() {
      bar.hidden = true;
      bar.value = 0;
      cancel.hidden = true;
      submit.disabled = file === null;
      submit.removeAttribute("aria-busy");
      input.disabled = false;
      zone.classList.remove("busy");
      xhr = null;
    }

    // What is wrong with a file before a byte is sent, or null when it may be sent.
    function problem(f) {
      if (EXCEL.test(f.name)) return text("excel");
      if (!ACCEPTED.test(f.name)) return text("wrongType");
      if (f.size === 0) return text("empty");
      if (maxBytes > 0 && f.size > maxBytes) return text("tooLarge");
      return null;
    }

    function choose(f) {
      clearMessages();
      $("upload-result").textContent = "";
      file = null;
      if (!f) { chosen.textContent = ""; idle(); return; }
      chosen.textContent = text("chosen") + " " + f.name + " (" + size(f.size) + ")";
      var wrong = problem(f);
      if (wrong) { showError(wrong); idle(); return; }
      file = f;
      idle();
    }

    function size(bytes) {
      var units = ["B", "KB", "MB", "GB"], i = 0, v = bytes;
      while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
      return (i === 0 ? v : v.toFixed(1)) + " " + units[i];
    }

    // Valid UTF-8 all through (read a chunk at a time, so large files need little memory)?
    function isUtf8(f) {
      var decoder = new TextDecoder("utf-8", { fatal: true });
      function from(offset) {
        if (offset >= f.size) {
          try { decoder.decode(); return Promise.resolve(true); }
          catch (e) { return Promise.resolve(false); }
        }
        return f.slice(offset, offset + CHUNK).arrayBuffer().then(function (buffer) {
          try { decoder.decode(new Uint8Array(buffer), { stream: true }); }
          catch (e) { return false; }
          return from(offset + CHUNK);
        });
      }
      return from(0);
    }

    function contentType(f) {
      if (/\.json$/i.test(f.name)) return Promise.resolve("application/json");
      return isUtf8(f).then(function (utf8) {
        if (!utf8) chosen.textContent += " · " + text("gb18030");
        return utf8 ? "text/csv" : "text/csv; charset=GB18030";
      });
    }

    function serverMessage(request) {
      try {
        var body = JSON.parse(request.responseText || "{}");
        var embedded = body._embedded && body._embedded.errors;
        if (embedded && embedded.length && embedded[0].message) return embedded[0].message;
        return body.message || "";
      } catch (e) {
        return "";
      }
    }

    function failed(request) {
      var s = request.status;
      if (s === 401) { location.href = "/?expired=1"; return; }
      var key = [400, 403, 404, 409, 413, 415].indexOf(s) >= 0 ? "s" + s : (s >= 500 ? "s500" : "s400");
      showError(text(key), serverMessage(request));
    }

    function showSummary(summary) {
      var target = $("upload-result");
      var url = form.dataset.result + encodeURIComponent(summary.uploadId) + "/result";
      var loaded = window.htmx
        ? htmx.ajax("GET", url, { target: "#upload-result", swap: "innerHTML" })
        : fetch(url, { credentials: "same-origin" }).then(function (r) {
            if (!r.ok) throw new Error(r.status);
            return r.text();
          }).then(function (html) { target.innerHTML = html; });
      return Promise.resolve(loaded).then(function () {
        status.textContent = text("done");
        var heading = target.querySelector("h2");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      }, function () { showError(text("summaryFailed")); });
    }

    function send(f, type) {
      status.textContent = text("sending");
      bar.hidden = false;
      bar.value = 0;
      cancel.hidden = false;
      xhr = new XMLHttpRequest();
      var request = xhr;
      request.open("POST", form.dataset.url);
      request.setRequestHeader("Content-Type", type);
      request.setRequestHeader("Accept", "application/json");
      request.setRequestHeader("X-CSRF-Token", window.followupCsrf ? window.followupCsrf() : document.body.dataset.csrf);
      request.upload.onprogress = function (e) {
        if (e.lengthComputable && e.total > 0) bar.value = Math.min(99, Math.floor(100 * e.loaded / e.total));
      };
      request.upload.onload = function () {
        // every byte is sent; the server still writes its last batch: no percentage to show
        bar.removeAttribute("value");
        status.textContent = text("finishing");
      };
      request.onload = function () {
        if (request.status === 200) {
          bar.value = 100;
          var summary = null;
          try { summary = JSON.parse(request.responseText); } catch (e) { /* below */ }
          idle();
          if (summary && summary.uploadId) showSummary(summary);
          else showError(text("summaryFailed"));
        } else {
          idle();
          status.textContent = "";
          failed(request);
        }
      };
      request.onerror = function () { idle(); status.textContent = ""; showError(text("dropped")); };
      request.onabort = function () { idle(); status.textContent = ""; showError(text("aborted")); };
      request.send(f);
    }

    input.addEventListener("change", function () { choose(input.files && input.files[0]); });

    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
        zone.classList.add("over");
      });
    });
    ["dragleave", "dragend"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      zone.classList.remove("over");
      if (xhr) return;
      var files = e.dataTransfer && e.dataTransfer.files;
      choose(files && files.length ? files[0] : null);
    });
    // a file dropped beside the zone must not make the browser leave the page to open it
    window.addEventListener("dragover", function (e) { e.preventDefault(); });
    window.addEventListener("drop", function (e) { e.preventDefault(); });

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (!file || xhr) return;
      clearMessages();
      $("upload-result").textContent = "";
      submit.disabled = true;
      submit.setAttribute("aria-busy", "true");
      input.disabled = true;
      zone.classList.add("busy");
      status.textContent = text("checking");
      var f = file;
      contentType(f).then(function (type) { send(f, type); }, function () {
        idle();
        showError(text("unreadable"));
      });
    });

    cancel.addEventListener("click", function () { if (xhr) xhr.abort(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
