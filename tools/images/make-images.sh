#!/usr/bin/env bash
# Makes the site's shared-link picture and icons from the HTML beside this script. Run once after changing them;
# the results are committed in src/CareerClusters.Web/wwwroot. Needs Debian's chromium and imagemagick.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/CareerClusters.Web/wwwroot"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shot() { # html width height png
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$4" "file://$1" 2>/dev/null
}
mkdir -p "$out/images"
shot "$here/og-card.html" 1200 630 "$work/og.png"
convert "$work/og.png" -strip -colors 64 "PNG8:$out/images/og-card.png"
shot "$here/icon.html" 180 180 "$work/touch.png"
convert "$work/touch.png" -strip "$out/apple-touch-icon.png"
for size in 16 32 48; do shot "$here/icon.html" "$size" "$size" "$work/icon-$size.png"; done
convert "$work/icon-16.png" "$work/icon-32.png" "$work/icon-48.png" "$out/favicon.ico"
identify "$out/images/og-card.png" "$out/apple-touch-icon.png" "$out/favicon.ico"
