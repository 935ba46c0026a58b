// A stand-in for Twilio's Voice SDK in the browser tests (no Twilio here): a Device that
// registers at once and a Call the test makes ring. Installed before any page script runs, and
// kept when the real bundle loads (it sets Twilio.Device only where none is defined).
(function () {
  function Emitter() { this.handlers = {}; }
  Emitter.prototype.on = function (name, f) {
    (this.handlers[name] = this.handlers[name] || []).push(f);
    return this;
  };
  Emitter.prototype.emit = function (name) {
    var args = Array.prototype.slice.call(arguments, 1);
    (this.handlers[name] || []).forEach(function (f) { f.apply(null, args); });
  };

  function Call() { Emitter.call(this); this.muted = false; this.accepted = false; }
  Call.prototype = Object.create(Emitter.prototype);
  Call.prototype.accept = function () {
    var call = this;
    call.accepted = true;
    setTimeout(function () { call.emit("accept", call); }, 50);
  };
  Call.prototype.mute = function (muted) { this.muted = muted; this.emit("mute", muted, this); };
  Call.prototype.isMuted = function () { return this.muted; };
  Call.prototype.disconnect = function () { seen.hungUp = true; this.emit("disconnect", this); };
  Call.prototype.reject = function () { this.emit("reject"); };

  function Device(token, options) {
    Emitter.call(this);
    this.state = "unregistered";
    this.incomingSound = true;
    var device = this;
    this.audio = { incoming: function (on) { device.incomingSound = on; } };
    seen.device = this;
    seen.tokens.push(token);
    seen.options = options;
  }
  Device.prototype = Object.create(Emitter.prototype);
  Device.isSupported = true;
  Device.prototype.register = function () {
    var device = this;
    device.emit("registering");
    setTimeout(function () { device.state = "registered"; device.emit("registered"); }, 50);
    return Promise.resolve();
  };
  Device.prototype.updateToken = function (token) { seen.tokens.push(token); };
  Device.prototype.destroy = function () {};
  Device.prototype.ring = function () {
    var call = new Call();
    seen.call = call;
    this.emit("incoming", call);
    return call;
  };

  var seen = { tokens: [], hungUp: false };
  window.twilioStandIn = seen;
  var twilio = {};
  Object.defineProperty(twilio, "Device", {
    get: function () { return Device; }, set: function () {}, enumerable: true
  });
  window.Twilio = twilio;
})();
