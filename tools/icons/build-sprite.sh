#!/usr/bin/env bash
# Builds the one icon sprite the site serves, wwwroot/icons/clusters.svg, from the pinned lucide-static package
# (package.json), and copies Lucide's licence beside it. Run it after changing icons.txt; commit the result.
# The site never runs npm: building, running and testing it need only the committed sprite.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/lucide-static ] || npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund
source_dir=node_modules/lucide-static/icons
out=../../src/CareerClusters.Web/wwwroot/icons
mkdir -p "$out"
version=$(sed -n 's/.*"version": "\(.*\)".*/\1/p' node_modules/lucide-static/package.json)
{
  echo "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- Lucide icons v$version (https://lucide.dev), ISC licence: see LICENSE.txt -->"
  grep -v '^#' icons.txt | grep -v '^$' | while read -r name; do
    [ -f "$source_dir/$name.svg" ] || { echo "no icon named $name in lucide-static" >&2; exit 1; }
    # Keep the drawing (everything inside <svg>), drop the comment and the outer element's attributes.
    body=$(tr '\n' ' ' < "$source_dir/$name.svg" | sed -e 's/<!--[^>]*-->//' -e 's/.*<svg[^>]*>//' -e 's/<\/svg>.*//' -e 's/  */ /g' -e 's/ \/>/\/>/g' -e 's/> </></g' -e 's/ *$//')
    echo "<symbol id=\"$name\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\">${body# }</symbol>"
  done
  echo "</svg>"
} > "$out/clusters.svg"
{ echo "The icons in clusters.svg are from Lucide v$version (https://lucide.dev), used under the ISC licence:"; echo; cat node_modules/lucide-static/LICENSE; } > "$out/LICENSE.txt"
echo "wrote $out/clusters.svg ($(grep -c '<symbol' "$out/clusters.svg") icons) and $out/LICENSE.txt"
