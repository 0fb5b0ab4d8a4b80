#!/usr/bin/env bash
# Installs the Debian 12 packages CarbonLabel needs to build and run; with --test, also what
# the tests and fuzzers need.
# Packages already present are skipped, so a second run does nothing.
set -euo pipefail

# What building and running need (run.sh).
packages=(
  # toolchain
  build-essential cmake pkg-config
  # Qt 6: widgets, charts, linguist tools, translations, SVG icons, platform plugins
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qt6-qpa-plugins libgl-dev
  libqt6opengl6-dev
  # PDF preview in the window
  libpoppler-qt6-dev
  # JSON and the factor database
  nlohmann-json3-dev libsqlite3-dev sqlite3
  # the CJK font the labels embed and python3-fonttools, which cuts the build's subset of it
  # (see docs/labels.md), and the window's Latin font
  fonts-wqy-microhei fonts-dejavu-core python3-fonttools
)

# With --test, what the tests and the fuzzers need as well (test.sh, fuzz.sh).
if [ "${1:-}" = "--test" ]; then
  packages+=(
    # PDF checks and page renders
    poppler-utils
    # offscreen GUI tests and screenshots
    xvfb xauth
    # DEB package checks (packaging/): desktop entry and AppStream validators, dpkg-shlibdeps
    desktop-file-utils appstream dpkg-dev
    # fuzzing (libFuzzer comes with clang)
    clang libclang-rt-dev
  )
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
