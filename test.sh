#!/usr/bin/env bash
# Runs every test of every module (unit, relay integration, desktop GUI and end-to-end).
# GUI tests need a display: with none, they run under xvfb-run (+ openbox) when it is installed, else they are skipped.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" bash -c \
    'if command -v openbox >/dev/null 2>&1; then openbox >/dev/null 2>&1 & fi; exec ./mvnw -B verify "$@"' test.sh "$@"
fi
exec ./mvnw -B verify "$@"
