#!/usr/bin/env bash
# Runs a command as on a machine with no Chrome or Chromium installed: in a private mount namespace,
# every installed browser is hidden (an overlay whites it out of /usr/bin, an empty tmpfs covers
# its folder) and CHROME_PATH is unset. The command must then manage with what `npm install` brought.
#   bash scripts/without-system-browser.sh npm test
# Needs root (or CAP_SYS_ADMIN) for unshare and mount; says so in one line when it cannot.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

if [ "${HIDING_SYSTEM_BROWSER:-}" != 1 ]; then
  if ! unshare -m true 2>/dev/null; then
    echo "Cannot hide the system browser: unshare -m needs root; run this as root, or on a machine with no browser installed." >&2
    exit 1
  fi
  exec env HIDING_SYSTEM_BROWSER=1 unshare -m --propagation private bash "$0" "$@"
fi

# Inside the namespace: nothing mounted here is seen outside it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
hidden=()
for browser in chromium chromium-browser google-chrome google-chrome-stable; do
  [ -e "/usr/bin/$browser" ] && hidden+=("$browser")
done
if [ "${#hidden[@]}" -gt 0 ]; then
  mkdir -p "$scratch/upper" "$scratch/work"
  for browser in "${hidden[@]}"; do mknod "$scratch/upper/$browser" c 0 0; done # overlay whiteouts
  mount -t overlay overlay -o "lowerdir=/usr/bin,upperdir=$scratch/upper,workdir=$scratch/work" /usr/bin
fi
for folder in /usr/lib/chromium /usr/lib/chromium-browser /opt/google/chrome /snap/chromium; do
  [ -d "$folder" ] && mount -t tmpfs tmpfs "$folder"
done
unset CHROME_PATH

# Prove the hiding worked before running anything: the tests must get the npm-shipped browser.
for browser in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$browser" >/dev/null 2>&1; then
    echo "A system browser is still reachable: $(command -v "$browser")" >&2
    exit 1
  fi
done
echo "System browsers hidden (${hidden[*]:-none were installed}); running: $*"
exec "$@"
