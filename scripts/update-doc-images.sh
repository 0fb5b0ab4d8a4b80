#!/usr/bin/env bash
# Regenerates the pictures in docs/images from the built programs: the main window and the
# analysis views (carbonlabel-screenshots, offscreen), the mouse badges in three languages and
# page 1 of the laptop sheet (carbonlabel-cli label, rendered with pdftoppm). Run it after a
# change to what the window or a label looks like, and look at the pictures before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
export QT_QPA_PLATFORM=offscreen
out=docs/images
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT

build/bin/carbonlabel-screenshots "$shots" >/dev/null
for name in main-window analysis-uncertaintyView analysis-refresh-laptop label-preview-sheet \
            settings-dialog; do
  for lang in en zh; do
    cp "$shots/$name-$lang.png" "$out/$name-$lang.png"
  done
done

cli=build/bin/carbonlabel-cli
for lang in en zh both; do
  "$cli" label resources/examples/wireless-mouse.clprofile.json --lang "$lang" \
    --date 2026-03-01 -o "$shots/badge.pdf" >/dev/null
  pdftoppm -png -r 300 -singlefile "$shots/badge.pdf" "$out/mouse-badge-$lang"
done
"$cli" label resources/examples/laptop-14.clprofile.json --kind sheet --lang en \
  --date 2026-03-01 -o "$shots/sheet.pdf" >/dev/null
pdftoppm -png -r 300 -f 1 -l 1 -singlefile "$shots/sheet.pdf" "$out/laptop-sheet-page1"
echo "docs/images updated; look at each picture before committing"
