// The call page's recording player: skip back and forth and change the speed with buttons
// (keyboard reachable); the browser's own controls seek, the server answers the ranges.
(function () {
  "use strict";
  function init() {
    document.querySelectorAll("[data-player]").forEach(function (player) {
      var audio = player.querySelector("audio");
      if (!audio) {
        return;
      }
      player.querySelectorAll("[data-skip]").forEach(function (button) {
        button.addEventListener("click", function () {
          var to = audio.currentTime + Number(button.getAttribute("data-skip"));
          var end = isFinite(audio.duration) ? audio.duration : to;
          audio.currentTime = Math.max(0, Math.min(to, end));
        });
      });
      var speeds = player.querySelectorAll("[data-speed]");
      speeds.forEach(function (button) {
        button.addEventListener("click", function () {
          audio.playbackRate = Number(button.getAttribute("data-speed"));
          speeds.forEach(function (other) {
            other.setAttribute("aria-pressed", String(other === button));
          });
        });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
