#!/usr/bin/env bash
# Installs Debian's Chromium and its matching chromedriver for the web demo's browser tests, only when missing.
# Idempotent and quiet: does nothing (and touches no package index) when both binaries are present; prints apt's
# output only when it fails.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install chromium and chromedriver by hand" >&2
  exit 1
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
install() {
  $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >>"$log" 2>&1
}
# Refresh the package index only when it is empty (a fresh container) or when installing from it fails.
if ! compgen -G "/var/lib/apt/lists/*_Packages" >/dev/null; then
  $sudo apt-get update -qq >>"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
if ! install; then
  { $sudo apt-get update -qq >>"$log" 2>&1 && install; } || { cat "$log" >&2; exit 1; }
fi
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')"
