#!/usr/bin/env bash
# The open data API beside the site's HTML pages that show the same data, measured in one run on one machine.
#
# Publishes the site in Release, runs it in Production on a copy of content/, then runs wrk on pairs of addresses: an
# API answer and the page with the same data (a cluster, a pathway, a job, a cluster's jobs, the crosswalk), without
# and with "Accept-Encoding: gzip". Prints requests/s, p50 and p99 latency and bytes per response for each, and the
# API/page ratio. Both come from the output cache after the first request; a last row asks the jobs list with a
# different pay_min on every request, so every answer is made afresh (no cache), beside the Jobs A-Z page uncached
# the same way (an unknown sort value, which the page ignores but the cache keys).
#
# Needs the .NET SDK; installs Debian's wrk when missing (as root or through sudo). About 4 minutes.
# Settings: DURATION (wrk time per run, default 10s), CONNECTIONS (default 50), SITE_PORT (default 5095).
set -euo pipefail
cd "$(dirname "$0")/.."
site_port=${SITE_PORT:-5095}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then echo "installing wrk"; as_root apt-get update -qq >/dev/null; as_root apt-get install -y -qq wrk >/dev/null; fi

work=$(mktemp -d)
site_pid=""
cleanup() {
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
site="http://127.0.0.1:$site_port"

echo "publishing the site (Release) and copying content/ to $work"
dotnet publish src/CareerClusters.Web -c Release -o "$work/app" -v q --nologo >/dev/null
cp -r content "$work/content"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$work/content" Content__DatabaseDirectory="$work/db" \
  UserData__ConnectionString="Data Source=$work/user-data.db" Content__WatchForChanges=false \
  Api__MaxBurst=1000000000 Api__MaxRequestsPerSecond=1000000000 Search__MaxBurst=1000000000 Search__MaxRequestsPerSecond=1000000000 \
  "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
  dotnet CareerClusters.Web.dll --urls "$site") >"$work/site.log" 2>&1 &
site_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$site/healthz")" = 200 ]; do
  if ! kill -0 "$site_pid" 2>/dev/null; then echo "the site stopped; its log:"; cat "$work/site.log"; exit 1; fi
  sleep 0.1
done

names=(cluster pathway job "cluster's jobs" crosswalk)
apis=(/api/v1/frameworks/16/clusters/health-science /api/v1/frameworks/16/clusters/health-science/pathways/therapeutic-services
  /api/v1/occupations/registered-nurses "/api/v1/occupations?cluster=health-science&per_page=500" /api/v1/crosswalk)
pages=(/clusters/health-science /clusters/health-science/therapeutic-services /occupations/registered-nurses
  "/occupations?cluster=health-science" /frameworks/crosswalk)

rps() { grep "Requests/sec" <<<"$1" | awk '{ printf "%d", $2 }'; }
pct() { grep -E "^ +$2%" <<<"$1" | awk '{ print $2 }'; }
bytes() { curl -s -o /dev/null -w '%{size_download}' "${@:2}" "$site$1"; }
cat >"$work/count.lua" <<'LUA'
-- Every request a different address: the output cache answers none of them.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", string.format(wrk.path, n))
end
LUA

echo "warming up"
for path in "${apis[@]}" "${pages[@]}"; do
  wrk -t2 -c10 -d1s "$site$path" >/dev/null
  wrk -t2 -c10 -d1s -H "Accept-Encoding: gzip" "$site$path" >/dev/null
done

echo "wrk -t2 -c$connections -d$duration --latency on $(nproc) cores; latency in ms; bytes per response as sent"
printf "%-15s %-5s %9s %9s %6s %8s %8s %8s %8s %8s %8s\n" "data" "mode" "api rps" "page rps" "ratio" "api p50" "page p50" "api p99" "page p99" "api B" "page B"
for mode in plain gzip; do
  args=(); if [ "$mode" = gzip ]; then args=(-H "Accept-Encoding: gzip"); fi
  for i in "${!names[@]}"; do
    a=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$site${apis[$i]}")
    p=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$site${pages[$i]}")
    printf "%-15s %-5s %9s %9s %6s %8s %8s %8s %8s %8s %8s\n" "${names[$i]}" "$mode" "$(rps "$a")" "$(rps "$p")" \
      "$(awk -v a="$(rps "$a")" -v b="$(rps "$p")" 'BEGIN { printf "%.2f", a / b }')" \
      "$(pct "$a" 50)" "$(pct "$p" 50)" "$(pct "$a" 99)" "$(pct "$p" 99)" "$(bytes "${apis[$i]}" "${args[@]}")" "$(bytes "${pages[$i]}" "${args[@]}")"
  done
done

echo "uncached (every request a new address), gzip:"
a=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Accept-Encoding: gzip" -s "$work/count.lua" "$site/api/v1/occupations?cluster=health-science&per_page=500&pay_min=%d")
p=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Accept-Encoding: gzip" -s "$work/count.lua" "$site/occupations?cluster=health-science&sort=x%d")
printf "%-15s %-5s %9s %9s %6s %8s %8s %8s %8s\n" "cluster's jobs" "gzip" "$(rps "$a")" "$(rps "$p")" \
  "$(awk -v a="$(rps "$a")" -v b="$(rps "$p")" 'BEGIN { printf "%.2f", a / b }')" "$(pct "$a" 50)" "$(pct "$p" 50)" "$(pct "$a" 99)" "$(pct "$p" 99)"
# A request wrk drops (its 2 s timeout, or the end of a run) is logged as "responded 500" with a TaskCanceledException:
# the client left, nothing failed. Those are counted apart.
errors=$(grep -c "responded 5" "$work/site.log" || true)
dropped=$(grep -A3 "responded 5" "$work/site.log" | grep -c "TaskCanceledException\|OperationCanceledException" || true)
echo "server errors in the site's log: $((errors - dropped)) (besides $dropped requests the client dropped before their answer)"
