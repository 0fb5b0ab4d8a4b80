#!/usr/bin/env bash
# Compares `carbonlabel-cli swd` with the Green Web Foundation's CO2.js (npm @tgwf/co2 0.19.0),
# segment by segment, on >= 1,000 random cases generated from a fixed seed.
#
#   scripts/compare-co2js.sh [CLI [CO2JS_DIR]] [-- options for compare-co2js.mjs]
#
# CLI defaults to $CARBONLABEL_CLI, then build/bin/carbonlabel-cli; CO2JS_DIR (where CO2.js is
# installed with npm, once) to $CO2JS_DIR, then build/co2js. Options after "--" go to the
# node script: --cases N, --seed S, --verbose, --bench [N] (see compare-co2js.mjs).
# Exit 0: no segment differs by more than 1e-9 (relative; absolute for zeros); 1: differences
# or a failure; 77: skipped because node or npm is missing or CO2.js cannot be installed.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
co2js_version=0.19.0

cli=${CARBONLABEL_CLI:-$root/build/bin/carbonlabel-cli}
dir=${CO2JS_DIR:-$root/build/co2js}
if [[ $# -gt 0 && $1 != -- ]]; then cli=$1; shift; fi
if [[ $# -gt 0 && $1 != -- ]]; then dir=$1; shift; fi
if [[ $# -gt 0 && $1 == -- ]]; then shift; fi
dir=$(realpath -m "$dir") # node's require() needs an absolute path

if ! command -v node >/dev/null 2>&1; then
    echo "SKIPPED: compare-co2js: node is not installed (apt-get install nodejs npm)"
    exit 77
fi

installed_version() {
    node -e 'try { console.log(require(process.argv[1]).version) } catch (e) { console.log("") }' \
        "$dir/node_modules/@tgwf/co2/package.json"
}

if [[ $(installed_version) != "$co2js_version" ]]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "SKIPPED: compare-co2js: npm is not installed (apt-get install npm)"
        exit 77
    fi
    mkdir -p "$dir" || { echo "compare-co2js: cannot create $dir"; exit 1; }
    # A package.json of our own keeps npm from walking up into an unrelated project.
    [[ -f $dir/package.json ]] \
        || echo '{ "name": "carbonlabel-co2js", "private": true }' >"$dir/package.json"
    echo "compare-co2js: installing @tgwf/co2@$co2js_version into $dir"
    if ! (cd "$dir" && npm install --no-audit --no-fund --loglevel=error \
            "@tgwf/co2@$co2js_version" >npm-install.log 2>&1); then
        echo "SKIPPED: compare-co2js: npm install @tgwf/co2@$co2js_version failed" \
            "(no network or no registry?); see $dir/npm-install.log"
        exit 77
    fi
    if [[ $(installed_version) != "$co2js_version" ]]; then
        echo "compare-co2js: $dir holds @tgwf/co2 $(installed_version), not $co2js_version"
        exit 1
    fi
fi

if [[ " $* " == *" --bench "* ]]; then
    exec node "$here/compare-co2js.mjs" --co2js "$dir" "$@"
fi
if [[ ! -x $cli ]]; then
    echo "compare-co2js: $cli is not an executable; build carbonlabel-cli first"
    exit 1
fi

exec node "$here/compare-co2js.mjs" --co2js "$dir" --cli "$cli" "$@"
