#!/usr/bin/env bash
# Installs the external programs the integration tests use, from Debian's packages, when missing:
#   prometheus + promtool  (real-Prometheus tests, alert-rule checks)
#   chromium               (headless screenshot tests of report.html / index.html)
#   curl, unzip            (readiness checks, the Maven wrapper's download)
# Without root or passwordless sudo it installs nothing and says which tests will be skipped.
set -euo pipefail

packages=(prometheus chromium curl unzip)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "note: no apt-get here; install ${missing[*]} yourself, or the tests that need them are skipped (with the reason)." >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo"; else
    echo "note: not root and no passwordless sudo; missing ${missing[*]}: the tests that need them are skipped (with the reason)." >&2
    exit 0
  fi
fi
echo "==> installing ${missing[*]} from Debian's packages (once)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
