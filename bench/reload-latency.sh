#!/usr/bin/env bash
# Measures how long a saved content edit takes to be visible on the running site (Release build, a copy of
# content/). Prints one figure per edit and the worst. Target (issue: admins): under 1000 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5091}
edits=${EDITS:-8}
work=$(mktemp -d)
cp -r content "$work/content"
dotnet build src/CareerClusters.Web -c Release -v q --nologo >/dev/null
Content__Path="$work/content" Content__DatabaseDirectory="$work/db" UserData__ConnectionString="Data Source=$work/user-data.db" Serilog__MinimumLevel__Default=Information \
  dotnet src/CareerClusters.Web/bin/Release/net10.0/CareerClusters.Web.dll --contentRoot "$PWD/src/CareerClusters.Web" --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; cp "$work/site.log" /tmp/reload-site.log; rm -rf "$work"' EXIT
echo "site log: $work/site.log"
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# A running site has served pages before anyone edits: warm the page once so its first render is not timed.
curl -s "http://127.0.0.1:$port/clusters/health-science" >/dev/null
sleep 1

file="$work/content/clusters/health-science.md"
worst=0
for i in $(seq 1 "$edits"); do
  marker="Health Science edit $i"
  start=$(date +%s%N)
  sed -i "s/^title: .*/title: \"$marker\"/" "$file"
  until curl -s "http://127.0.0.1:$port/clusters/health-science" | grep -q "<h1>$marker</h1>"; do
    sleep 0.05
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 10000 ]; then echo "edit $i: not visible after 10 s"; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$ms" -gt "$worst" ] && worst=$ms
  echo "edit $i: visible after $ms ms"
  sleep 0.5
done
echo "worst: $worst ms (target: under 1000 ms)"
echo "server-side import times (ms):" $(grep -o "in [0-9]* ms (reading and checking [0-9]* ms)" "$work/site.log" | sed "s/in \([0-9]*\) ms (reading and checking \([0-9]*\) ms)/\1(\2)/")
