#!/usr/bin/env bash
# Install Debian's Chromium (and its driver) for the browser tests, if missing. Idempotent.
# The tests drive /usr/bin/chromium through Playwright; no browser is ever downloaded by Playwright.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
command -v apt-get >/dev/null 2>&1 || { echo "browser.sh: no chromium and no apt-get to install it (not Debian)" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { echo "browser.sh: no chromium, and installing it needs root or passwordless sudo" >&2; exit 1; }
    SUDO="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
