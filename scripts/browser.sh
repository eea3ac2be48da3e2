#!/usr/bin/env bash
# Install Debian's Chromium (and its driver) for the browser tests, if missing. Idempotent.
# The tests drive /usr/bin/chromium through Playwright; no browser is ever downloaded by Playwright.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "browser.sh: need root or sudo to install chromium" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
