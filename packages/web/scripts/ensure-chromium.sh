#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser downloads).
# Installs it with apt when it is missing; needs root (as CI has) or an existing install.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
echo "Chromium is not installed at $browser; installing Debian's package"
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install it yourself: sudo apt-get install chromium" >&2
  exit 1
fi
apt-get install -y --no-install-recommends chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
"$browser" --version
