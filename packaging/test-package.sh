#!/bin/bash
# Builds the .deb from a finished build folder, unpacks it into a scratch root (dpkg -x), runs
# the installed carbonlabel-cli on the installed example, and validates the desktop entry and
# the AppStream metainfo. Usage: test-package.sh BUILD_DIR. Exit 77 (skipped) without the tools.
set -euo pipefail
build=$(cd "$1" && pwd)
for tool in cpack dpkg-deb desktop-file-validate appstreamcli; do
    if ! command -v "$tool" > /dev/null; then
        echo "test-package: $tool not found (scripts/install-deps.sh installs it); skipped"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Packaging into a scratch folder leaves the build folder as it was.
(cd "$build" && cpack -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake" > "$scratch/cpack.log" 2>&1) \
    || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
root=$scratch/root
dpkg -x "$deb" "$root"

fail() { echo "test-package: $*" >&2; exit 1; }
for f in usr/bin/carbonlabel-cli usr/share/carbonlabel/factors.sqlite \
         usr/share/carbonlabel/examples/wireless-mouse.clprofile.json \
         usr/share/carbonlabel/fonts/wqy-microhei-label.ttf \
         usr/share/carbonlabel/fonts/wqy-microhei-label.copyright \
         usr/share/mime/packages/carbonlabel.xml \
         usr/share/icons/hicolor/scalable/apps/org.carbonlabel.CarbonLabel.svg \
         usr/share/icons/hicolor/16x16/apps/org.carbonlabel.CarbonLabel.png \
         usr/share/icons/hicolor/256x256/apps/org.carbonlabel.CarbonLabel.png; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
ls "$root"/usr/share/carbonlabel/translations/*.qm > /dev/null || fail "no translations"

# The installed program, with Qt from the system and its data from /usr/share/carbonlabel.
out=$(env -u LD_LIBRARY_PATH HOME="$scratch/home" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/carbonlabel-cli" footprint \
    "$root/usr/share/carbonlabel/examples/wireless-mouse.clprofile.json" --json \
    --user-db "$scratch/user.sqlite" 2> "$scratch/cli.err") \
    || fail "the installed carbonlabel-cli failed (exit $?): $(cat "$scratch/cli.err")"
grep -q '"format": "carbonlabel-result"' <<< "$out" || fail "footprint printed no result: $out"
# The mouse's total, worked by hand in tests/cli/tst_footprintcommand.cpp: 1.22464282305 kg.
total=$(sed -n 's/.*"total_kg_co2e": \([0-9.eE+-]*\).*/\1/p' <<< "$out")
awk -v t="$total" 'BEGIN { d = t - 1.22464282305; exit !(d < 1e-9 && d > -1e-9) }' \
    || fail "installed footprint total $total, expected 1.22464282305"

# The installed program prints a badge with the installed label font subset: no warning that
# it fell back to the whole system font (docs/labels.md).
env -u LD_LIBRARY_PATH -u CARBONLABEL_LABEL_FONT HOME="$scratch/home" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/carbonlabel-cli" label \
    "$root/usr/share/carbonlabel/examples/wireless-mouse.clprofile.json" -o "$scratch/badge.pdf" \
    --user-db "$scratch/user.sqlite" 2> "$scratch/label.err" > /dev/null \
    || fail "the installed carbonlabel-cli label failed (exit $?): $(cat "$scratch/label.err")"
grep -q "subset" "$scratch/label.err" && fail "the installed label font subset was not used: $(cat "$scratch/label.err")"
head -c 4 "$scratch/badge.pdf" | grep -q "%PDF" || fail "label wrote no PDF"

# A build with the window must package it, with its desktop entry and metainfo.
if [ -x "$build/bin/carbonlabel" ]; then
    for f in usr/bin/carbonlabel usr/share/applications/carbonlabel.desktop \
             usr/share/metainfo/org.carbonlabel.CarbonLabel.metainfo.xml; do
        [ -e "$root/$f" ] || fail "missing /$f"
    done
fi
if [ -e "$root/usr/bin/carbonlabel" ]; then
    desktop-file-validate "$root/usr/share/applications/carbonlabel.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.carbonlabel.CarbonLabel.metainfo.xml" \
        || fail "appstreamcli validate"
fi
# The MIME type registers: update-mime-database (shared-mime-info) compiles the package's XML
# and its glob must come out in globs2.
if command -v update-mime-database > /dev/null; then
    mime=$scratch/mime
    mkdir -p "$mime/packages"
    cp "$root/usr/share/mime/packages/carbonlabel.xml" "$mime/packages/"
    update-mime-database "$mime" 2> "$scratch/mime.err" || fail "update-mime-database: $(cat "$scratch/mime.err")"
    grep -q ':application/x-carbonlabel-profile:\*\.clprofile\.json' "$mime/globs2" \
        || fail "the MIME type did not register *.clprofile.json"
fi
echo "test-package: ok"
