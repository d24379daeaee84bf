#!/usr/bin/env bash
# Load with reloads: wrk at 50 connections for 60 s over a mix of content pages and searches the cache cannot answer
# (bench/load-with-reloads.lua), while a content file is edited three times and each edit goes live. Prints the
# responses by status class, the socket errors and when each edit showed; exits 1 unless every response was 2xx or
# 3xx and there was no socket error.
#
# Runs the published site (Release, Production) on a copy of content/, so the edits never touch the repository.
# Needs the .NET SDK; installs Debian's wrk when missing. Settings: DURATION (60), CONNECTIONS (50), EDITS (3), PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5095}
duration=${DURATION:-60}
connections=${CONNECTIONS:-50}
edits=${EDITS:-3}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  echo "installing wrk"
  as_root apt-get update -qq >/dev/null
  as_root apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
site_pid=""
wrk_pid=""
cleanup() {
  if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"

echo "publishing the site (Release) and copying content/ to $work"
dotnet publish src/CareerClusters.Web -c Release -o "$work/app" -v q --nologo >/dev/null
cp -r content "$work/content"
# Searches are limited per address; every request here comes from one address, far faster than any classroom.
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$work/content" Content__DatabaseDirectory="$work/db" \
  UserData__ConnectionString="Data Source=$work/user-data.db" Search__MaxBurst=1000000000 Search__MaxRequestsPerSecond=1000000000 \
  "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
  dotnet CareerClusters.Web.dll --urls "$base") >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 300); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
wrk -t2 -c10 -d3s -s bench/load-with-reloads.lua "$base" >/dev/null # warm-up: JIT, first renders

wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s -s bench/load-with-reloads.lua "$base" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
file="$work/content/clusters/health-science.md"
gap=$((duration / (edits + 1)))
for i in $(seq 1 "$edits"); do
  sleep "$gap"
  marker="Health Science edit $i"
  start=$(date +%s%N)
  sed -i "s/^title: .*/title: \"$marker\"/" "$file"
  until curl -s "$base/clusters/health-science" | grep -q "<h1>$marker</h1>"; do
    sleep 0.05
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 15000 ]; then echo "edit $i: not live after 15 s"; exit 1; fi
  done
  echo "edit $i: live after $(( ($(date +%s%N) - start) / 1000000 )) ms, under load"
done
wait "$wrk_pid"
wrk_pid=""
cat "$work/wrk.txt"

bad=$(awk '/^responses:/ { gsub(",", ""); print $7 + $9 }' "$work/wrk.txt")
sockets=$(awk '/^socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$work/wrk.txt")
reloads=$(grep -c "Content generation [0-9]* loaded" "$work/site.log" || true)
echo "content generations loaded: $reloads (the start and $edits edits)"
echo "non-2xx/3xx responses: $bad; socket errors: $sockets"
if [ "$bad" = 0 ] && [ "$sockets" = 0 ]; then echo "PASS"; else echo "FAIL"; exit 1; fi
