#!/usr/bin/env bash
# Makes sure the browser tests have Debian's headless Chromium, its chromedriver and a CJK font
# (Chinese text in screenshots): installs chromium, chromium-driver and fonts-noto-cjk with apt on
# a fresh Debian machine, and does nothing (in a few milliseconds) when they are already there.
set -euo pipefail

say() { echo "[ensure-chromium] $*"; }

missing=()
# chromium without its recommends (no sandbox helper, no desktop bits), with the Latin fonts it
# recommends; fc-list (fontconfig) is how this script sees the CJK font next time
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-liberation)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -eq 0 ]; then
  say "ready: $(chromium --version 2>/dev/null | head -1), chromedriver $(chromedriver --version 2>/dev/null | awk '{print $2}'), Noto Sans CJK (nothing installed)"
  exit 0
fi

command -v apt-get >/dev/null 2>&1 || {
  say "missing ${missing[*]} and no apt-get: install them with the system's package manager" >&2
  exit 1
}
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || {
  say "apt-get installed ${missing[*]} but chromium/chromedriver are still not on PATH" >&2
  exit 1
}
say "installed ${missing[*]} with apt: $(chromium --version 2>/dev/null | head -1)"
