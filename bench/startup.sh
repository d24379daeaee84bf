#!/usr/bin/env bash
# Measures the time from process start to the first 200 with full content (a cluster page), on the published
# Release build in Production, over a copy of content/: first with no content database (a first start), then a
# restart with the content unchanged (the last generation's database is reused), then a restart after an edit.
# Targets (issue 14): unchanged at most 1000 ms, changed at most 2000 ms. First it prints the same machine's baseline,
# an empty ASP.NET Core app's start (bench/bare-start.sh): machines here differ by two times or more in speed.
# PUBLISHED=DIR skips the publish step and runs DIR/CareerClusters.Web.dll.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5187}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT
site=0
published=${PUBLISHED:-}
if [ -z "$published" ]; then
  published="$work/published"
  dotnet publish src/CareerClusters.Web -c Release -o "$published" -v q --nologo >/dev/null
fi
cp -r content "$work/content"

# One start: prints the milliseconds from launch to the first 200 of /clusters/health-science, then stops the site.
start_once() {
  local started ms
  started=$(date +%s%N)
  # From the published folder, as a deployment runs it: its appsettings.json (log levels) is read from there.
  (cd "$published" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$work/content" Content__DatabaseDirectory="$work/db" \
    UserData__ConnectionString="Data Source=$work/user-data.db" \
    dotnet CareerClusters.Web.dll --urls "http://127.0.0.1:$port") >>"$work/site.log" 2>&1 &
  site=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/clusters/health-science")" = 200 ]; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - started) / 1000000 )) -gt 30000 ]; then echo "no 200 within 30 s" >&2; tail "$work/site.log" >&2; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "$site"; wait "$site" 2>/dev/null || true
  echo "$ms"
}

bare_ms=$(PORT=$((port + 2)) bash bench/bare-start.sh)
echo "baseline: an empty ASP.NET Core app (ReadyToRun) starts in $bare_ms ms on this machine"
echo "first start (no database): $(start_once) ms"
for i in $(seq 1 "$runs"); do
  echo "unchanged content, start $i: $(start_once) ms (target: at most 1000 ms)"
done
for i in $(seq 1 "$runs"); do
  sed -i "s/^title: .*/title: \"Health Science $i\"/" "$work/content/clusters/health-science.md"
  echo "changed content, start $i: $(start_once) ms (target: at most 2000 ms)"
done
echo "imports logged: $(grep -c 'Content generation .* loaded' "$work/site.log" || true); databases reused: $(grep -c 'Reusing the content database' "$work/site.log" || true)"
