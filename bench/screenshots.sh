#!/usr/bin/env bash
# Looks at what people open: the HTML report of a planted error in
# headless Chromium at desktop and phone widths, and the workbook through
# LibreOffice (PDF, then PNG).
#   bash bench/screenshots.sh [OUT_DIR]        default: screenshots/
# Needs the Debian packages chromium, libreoffice-calc-nogui (or
# libreoffice-calc) and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-screenshots}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
cp -r corpus rules "$work/"
# The planted error: two digits of Marrakech's 2025 figure swapped.
sed -i 's/1\.032\.069/1.032.096/' "$work/corpus/dgsn-2025-annual-report.txt"
(cd "$work" && "$OLDPWD/target/release/figaudit" check rules/ -q \
  --html reports/discrepancies.html --xlsx reports/discrepancies.xlsx --include-passing >/dev/null) || true

chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chrome" --hide-scrollbars "$@" 2>/dev/null
}
chrome --window-size=1280,1800 --screenshot="$out/report-desktop.png" "file://$work/reports/discrepancies.html"
chrome --window-size=390,2400 --screenshot="$out/report-phone.png" "file://$work/reports/discrepancies.html"

soffice --headless --convert-to pdf --outdir "$work" "$work/reports/discrepancies.xlsx" >/dev/null
pdftoppm -png -r 110 "$work/discrepancies.pdf" "$out/workbook"
ls "$out"
