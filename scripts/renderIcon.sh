#!/bin/bash
# Renders media/icon.svg to the 128×128 media/icon.png the Marketplace listing needs (Debian chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat media/icon.svg)" > "$tmp/icon.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --default-background-color=00000000 \
  --hide-scrollbars --window-size=128,128 --screenshot="$PWD/media/icon.png" "file://$tmp/icon.html" 2>/dev/null
rm -rf "$tmp"
echo "media/icon.png written"
