#!/usr/bin/env bash
# `make test`: every test this machine can run. Starts the throwaway PostgreSQL and installs
# Debian's Chromium where it can (root or sudo), runs the whole pytest suite (arguments are
# passed on), and stops what it started. One line at the top says which services the run has;
# one it cannot have is named there with the reason, and pytest's closing summary counts the
# tests skipped for it ("skipped, by reason").
#
#   bash scripts/test.sh [PYTEST ARGS...]      # PYTHON=.venv/bin/python by default
#
# A PostgreSQL of your own: set BILATERAL_TEST_PG_URL and none is started (its public schema
# is dropped and recreated by the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
LOG="${TMPDIR:-/tmp}/bilateral-test-services-$(id -u).log"
: > "$LOG"

# What the setup script that just failed said last: its reason, for the status line.
last_reason() { tail -n 1 "$LOG" | sed -E 's/^[a-z.]+: //'; }

have=()
missing=()
if [ -n "${BILATERAL_TEST_PG_URL:-}" ]; then
    have+=("PostgreSQL at BILATERAL_TEST_PG_URL")
elif bash scripts/services.sh pg-url >/dev/null 2>&1; then
    # already running (started by hand): use it, and leave it running
    BILATERAL_TEST_PG_URL="$(bash scripts/services.sh pg-url)"
    have+=("PostgreSQL at $BILATERAL_TEST_PG_URL (already running)")
else
    trap 'bash scripts/services.sh stop >>"$LOG" 2>&1' EXIT
    if bash scripts/services.sh start >>"$LOG" 2>&1; then
        BILATERAL_TEST_PG_URL="$(bash scripts/services.sh pg-url)"
        have+=("PostgreSQL at $BILATERAL_TEST_PG_URL")
    else
        missing+=("PostgreSQL: $(last_reason)")
    fi
fi
export BILATERAL_TEST_PG_URL
if bash scripts/browser.sh >>"$LOG" 2>&1; then
    have+=("Chromium at /usr/bin/chromium")
else
    missing+=("Chromium: $(last_reason)")
fi

joined() { local IFS=";"; echo "$*" | sed 's/;/; /g'; }
if [ ${#missing[@]} -eq 0 ]; then
    echo "make test: with $(joined "${have[@]}")"
else
    echo "make test: WITHOUT $(joined "${missing[@]}"); their tests skip (log: $LOG)"
fi
"$PYTHON" -m pytest "$@"
