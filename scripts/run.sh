#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs CarbonLabel on the
# bundled wireless-mouse example. With a display the window opens on it; without one (or with
# --headless) it prints the footprint and writes the example's badge and sheet PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

example=build/share/carbonlabel/examples/wireless-mouse.clprofile.json
out=build/output
mkdir -p "$out"

if [ "${1:-}" != "--headless" ] && [ -x build/bin/carbonlabel ] \
   && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/bin/carbonlabel "$example"
fi

build/bin/carbonlabel-cli footprint "$example"
if build/bin/carbonlabel-cli --help | grep -q '^  label '; then
  build/bin/carbonlabel-cli label "$example" -o "$out/wireless-mouse-badge.pdf" --kind badge --lang both
  build/bin/carbonlabel-cli label "$example" -o "$out/wireless-mouse-sheet.pdf" --kind sheet --lang both
fi
build/bin/carbonlabel-cli footprint "$example" --json > "$out/wireless-mouse-result.json"
echo
echo "Output written to $(pwd)/$out:"
ls -1 "$out" | sed 's/^/  /'
