#!/usr/bin/env bash
# Build the one-folder app and check that it works: --help, the command line (demo, search,
# print, export, duplicates) and the window (under Xvfb when there is no display).
#   scripts/check_installer.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/installer-check}
rm -rf "$out" && mkdir -p "$out"
.venv/bin/pip install -q -e ".[build]"
.venv/bin/pyinstaller --noconfirm --distpath "$out/dist" --workpath "$out/work" build_installer.spec \
    > "$out/pyinstaller.log" 2>&1
app="$out/dist/salon-desk/salon-desk"
db="$out/check.sqlite"
"$app" --help > /dev/null
"$app" --db "$db" demo --customers 300
"$app" --db "$db" search garcia --json > "$out/search.json"
"$app" --db "$db" print ticket 1 -o "$out/ticket.pdf"
"$app" --db "$db" print summary 1 -o "$out/summary.pdf"
"$app" --db "$db" export "$out/customers.xlsx" > /dev/null
"$app" --db "$db" duplicates --json > "$out/duplicates.json"
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :98 -screen 0 1400x900x24 > /dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:98
    sleep 1
fi
"$app" --db "$db" > "$out/window.log" 2>&1 &
pid=$!
sleep 8
if ! kill -0 "$pid" 2> /dev/null; then
    echo "the window did not stay open:"; cat "$out/window.log"; exit 1
fi
command -v import > /dev/null && import -window root "$out/window.png"
kill "$pid"
[ -n "${xvfb:-}" ] && kill "$xvfb"
echo "installer OK: $app (screenshot: $out/window.png)"
