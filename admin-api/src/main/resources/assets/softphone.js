// The agent's softphone in twilio mode. This browser registers, with Twilio's Voice JavaScript SDK
// (served from this app at /assets/vendor/twilio.min.js), as the Twilio Client whose identity is
// the agent's user name: the dialer bridges each answered customer to it with <Dial><Client>.
// The bridged call is answered here by itself (the agent asked for it by going ready); the agent
// can mute and hang up. The token from /api/agent/voice-token is renewed before it expires.
// No inline script and no eval: the page's CSP is script-src 'self'.
(function () {
  "use strict";

  var RENEW_BEFORE_MS = 60000; // ask for a new token a minute before the current one ends
  var RETRY_MS = 15000; // after a failed renewal, while the current token is still valid

  var box, statusEl, detailEl, muteBtn, hangupBtn;
  var device = null;
  var call = null;

  function text(key) {
    var t = document.getElementById("softphone-texts");
    var el = t && t.content.querySelector('[data-key="' + key + '"]');
    return el ? el.textContent : key;
  }

  var BADGE = { registered: "ok", connected: "ok", ringing: "warn", registering: "warn",
    starting: "warn", unregistered: "bad", error: "bad" };

  function show(state, detail) {
    box.setAttribute("data-state", state);
    statusEl.textContent = text(state);
    statusEl.className = "badge " + (BADGE[state] || "");
    detailEl.textContent = detail || "";
    var live = state === "connected";
    muteBtn.disabled = !live;
    hangupBtn.disabled = !(live || state === "ringing");
    if (!live) setMuted(false);
  }

  function setMuted(muted) {
    muteBtn.setAttribute("aria-pressed", muted ? "true" : "false");
    muteBtn.textContent = text(muted ? "unmute" : "mute");
  }

  function fetchToken() {
    return fetch(box.getAttribute("data-token-url") || "/api/agent/voice-token", {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (r) {
      if (r.status === 401) { location.href = "/?expired=1"; throw new Error("signed out"); }
      if (r.status === 404) throw new Error(text("noToken"));
      if (!r.ok) throw new Error(r.status + " " + r.statusText);
      return r.json();
    });
  }

  function renew() {
    fetchToken().then(function (t) {
      if (device) device.updateToken(t.token);
    }).catch(function (e) {
      if (device) show(device.state === "registered" ? "registered" : "error", e.message);
      setTimeout(renew, RETRY_MS);
    });
  }

  function onIncoming(incoming) {
    if (call) { incoming.reject(); return; } // one customer at a time; the dialer sends one
    call = incoming;
    show("ringing");
    incoming.on("accept", function () { show("connected"); });
    incoming.on("mute", function (muted) { setMuted(muted); });
    incoming.on("reconnecting", function (err) { show("registering", err && err.message); });
    incoming.on("reconnected", function () { show("connected"); });
    ["disconnect", "cancel", "reject"].forEach(function (name) {
      incoming.on(name, function () { if (call === incoming) { call = null; show(idleState()); } });
    });
    incoming.on("error", function (err) { show("error", describe(err)); });
    incoming.accept();
  }

  function idleState() {
    return device && device.state === "registered" ? "registered" : "unregistered";
  }

  function describe(err) {
    if (!err) return "";
    // 31401/31402/31208: the browser or the agent refused the microphone
    if (err.code === 31401 || err.code === 31402 || err.code === 31208) return text("microphone");
    return (err.code ? err.code + " " : "") + (err.message || "");
  }

  function start(token) {
    device = new window.Twilio.Device(token.token, {
      closeProtection: true,
      codecPreferences: ["opus", "pcmu"],
      tokenRefreshMs: RENEW_BEFORE_MS,
      logLevel: "warn"
    });
    device.audio.incoming(false); // answered by itself: no ringtone
    device.on("registering", function () { show("registering"); });
    device.on("registered", function () { if (!call) show("registered"); });
    device.on("unregistered", function () { if (!call) show("unregistered"); });
    device.on("tokenWillExpire", renew);
    device.on("incoming", onIncoming);
    device.on("error", function (err) {
      // 20101–20104: the token was refused or ran out (the page slept): fetch another, register
      if (err && err.code >= 20101 && err.code <= 20104) {
        fetchToken().then(function (t) { device.updateToken(t.token); return device.register(); })
          .catch(function (e) { show("error", e.message); });
      }
      show("error", describe(err));
    });
    return device.register();
  }

  document.addEventListener("DOMContentLoaded", function () {
    box = document.getElementById("softphone");
    if (!box) return;
    statusEl = document.getElementById("softphone-status");
    detailEl = document.getElementById("softphone-detail");
    muteBtn = document.getElementById("softphone-mute");
    hangupBtn = document.getElementById("softphone-hangup");
    muteBtn.addEventListener("click", function () { if (call) call.mute(!call.isMuted()); });
    hangupBtn.addEventListener("click", function () { if (call) call.disconnect(); });
    if (!window.Twilio || !window.Twilio.Device) { show("error", text("noSdk")); return; }
    if (!window.Twilio.Device.isSupported) { show("error", "WebRTC"); return; }
    show("registering");
    fetchToken().then(start).catch(function (e) { show("error", describe(e) || e.message); });
    window.addEventListener("pagehide", function () { if (device) device.destroy(); });
  });
})();
