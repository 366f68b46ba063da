#!/usr/bin/env bash
# Every check, in order: lint, typecheck, unit tests, static build, end-to-end tests in a real browser.
# It finds a browser first: Debian's chromium (installed with apt-get when run as root), or
# Playwright's own Chromium elsewhere; if neither can be had, it stops with one line saying what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

find_browser() {
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then return 0; fi
  if [ -x /usr/bin/chromium ]; then export CHROME_PATH=/usr/bin/chromium; return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests…"
    (apt-get install -y -qq chromium fonts-liberation >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium fonts-liberation >/dev/null 2>&1; }) || true
    if [ -x /usr/bin/chromium ]; then export CHROME_PATH=/usr/bin/chromium; return 0; fi
  fi
  if npx playwright install chromium >/dev/null 2>&1; then return 0; fi
  echo "No browser for the end-to-end tests: install Chromium (Debian: 'sudo apt-get install chromium') or run 'npx playwright install chromium', then run 'npm test' again." >&2
  exit 1
}

find_browser
npm run --silent lint
npm run --silent lint:floors
npm run --silent typecheck
# Built first, so the unit tests also check every internal link against the static export (out/).
npm run --silent build
npm run --silent test:unit
npm run --silent test:e2e
