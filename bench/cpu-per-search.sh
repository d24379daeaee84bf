#!/usr/bin/env bash
# CPU time and bytes allocated per uncached search request, read from the site's own runtime counters: figures that
# stay comparable when the machine is busy with other work (requests/s do not). Use it to compare two builds A/B:
#   bench/cpu-per-search.sh PUBLISHED_APP_DIR CONTENT_DIR [PORT]
# (publish each build with `dotnet publish src/CareerClusters.Web -c Release -o DIR`; run both over the same content,
# alternately, two or more times). Needs wrk and dotnet-counters (`dotnet tool install -g dotnet-counters`).
set -euo pipefail
app=$(realpath "$1"); content=$(realpath "$2"); port=${3:-5301}
here=$(cd "$(dirname "$0")" && pwd)
export PATH=$PATH:$HOME/.dotnet/tools
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$content" Content__DatabaseDirectory="$work" \
  UserData__ConnectionString="Data Source=$work/u.db" Content__WatchForChanges=false \
  Search__MaxBurst=1000000000 Search__MaxRequestsPerSecond=1000000000 \
  "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
  dotnet CareerClusters.Web.dll --urls "http://127.0.0.1:$port") >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/clusters/health-science")" = 200 ] && break; sleep 0.1; done
UNCACHED=1 wrk -t1 -c2 -d8s -s "$here/search-queries.lua" "http://127.0.0.1:$port" >/dev/null # warm-up
dotnet-counters collect -p "$pid" --counters "System.Runtime[dotnet.gc.heap.total_allocated,dotnet.process.cpu.time]" \
  --duration 00:00:00:22 -o "$work/counters.csv" >/dev/null 2>&1 &
counters=$!
sleep 1
requests=$(UNCACHED=1 wrk -t1 -c2 -d20s -s "$here/search-queries.lua" "http://127.0.0.1:$port" | grep -o "[0-9]* requests in" | grep -o "^[0-9]*")
wait "$counters"
# The counters are rates per second: their sum over the run is the total.
awk -F, -v n="$requests" '$3 ~ /total_allocated/ { bytes += $5 } $3 ~ /cpu.time/ { cpu += $5 }
  END { printf "%d requests: %.0f us CPU and %.0f KB allocated per uncached search\n", n, cpu / n * 1e6, bytes / n / 1024 }' "$work/counters.csv"
