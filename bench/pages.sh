#!/usr/bin/env bash
# The site against nginx serving the same pages as static files, measured in one run on one machine.
#
# Publishes the site in Release, runs it in Production on a copy of content/, saves a home, cluster, pathway,
# occupation and guide page as files for nginx on another loopback port (with a .gz beside each for gzip_static;
# Debian's nginx has no Brotli module), then runs wrk on both servers, page by page, with the same settings, without
# and with "Accept-Encoding: gzip". Prints requests/s, p50 and p99 latency, bytes per response and the site/nginx
# ratio per page; then uncached search at 1 and 50 connections, start-up times (first start, content unchanged,
# content changed), import time for the real content and for a generated folder ten times larger, and the site's
# peak memory. Goals (issue 14): every page at least 0.6 of nginx's requests/s in both modes; import time growing
# no faster than content size; start-up at most 1 s with unchanged content and 2 s after an edit, printed beside an
# empty ASP.NET Core app's start on the same machine (bench/bare-start.sh).
#
# Needs the .NET SDK; installs Debian's wrk and nginx when missing (as root or through sudo). About 6 minutes.
# Settings: DURATION (wrk time per run, default 15s: 8 s runs put one row at 0.59 once, still warming up), CONNECTIONS (default 50), SITE_PORT, NGINX_PORT, TIMES (10).
set -euo pipefail
cd "$(dirname "$0")/.."
site_port=${SITE_PORT:-5093}
nginx_port=${NGINX_PORT:-5094}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-50}
times=${TIMES:-10}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need() { # command, Debian package
  if ! command -v "$1" >/dev/null && ! [ -x "/usr/sbin/$1" ]; then
    echo "installing $2"
    as_root apt-get update -qq >/dev/null
    as_root apt-get install -y -qq "$2" >/dev/null
  fi
}
need wrk wrk
need nginx nginx
need curl curl
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user when it is started as root
site_pid=""
nginx_pid=""
cleanup() {
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; fi
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
site="http://127.0.0.1:$site_port"
static="http://127.0.0.1:$nginx_port"

echo "publishing the site (Release) and copying content/ to $work"
dotnet publish src/CareerClusters.Web -c Release -o "$work/app" -v q --nologo >/dev/null
cp -r content "$work/content"
echo "precompressed static files in the publish output: $(find "$work/app/wwwroot" -name '*.br' | wc -l) .br and $(find "$work/app/wwwroot" -name '*.gz' | wc -l) .gz"

# Starts the published site on a content folder and a database folder, and sets started_ms to the time from the
# process start to the first 200 for a content page (the content is loaded before the server listens).
start_site() { # content, database folder, log, port
  local start
  start=$(date +%s%N)
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$1" Content__DatabaseDirectory="$2" \
    UserData__ConnectionString="Data Source=$work/user-data.db" Content__WatchForChanges=false \
    Search__MaxBurst=1000000000 Search__MaxRequestsPerSecond=1000000000 \
    "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
    dotnet CareerClusters.Web.dll --urls "http://127.0.0.1:$4") >"$3" 2>&1 &
  site_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$4/clusters/health-science")" = 200 ]; do
    if ! kill -0 "$site_pid" 2>/dev/null; then echo "the site stopped; its log:"; cat "$3"; exit 1; fi
    sleep 0.01
  done
  started_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""; }
import_ms() { grep -o "in [0-9]* ms (reading and checking" "$1" | tail -1 | grep -o "[0-9]*" | head -1; }
read_ms() { grep -o "reading and checking [0-9]* ms" "$1" | tail -1 | grep -o "[0-9]*"; }

echo "start-up"
bare_ms=$(PORT=$((site_port + 2)) bash bench/bare-start.sh)
start_site "$work/content" "$work/db" "$work/site-first.log" "$site_port"; first_ms=$started_ms; stop_site
start_site "$work/content" "$work/db" "$work/site-unchanged.log" "$site_port"; unchanged_ms=$started_ms; stop_site
printf '\nOne more sentence, so the content has changed since the last start.\n' >>"$work/content/guides/faq.md"
start_site "$work/content" "$work/db" "$work/site.log" "$site_port"; changed_ms=$started_ms
real_import_ms=$(import_ms "$work/site-first.log")

# The pages, saved for nginx exactly as the site sends them.
names=(home cluster pathway occupation guide)
paths=(/ /clusters/health-science /clusters/health-science/therapeutic-services /occupations/registered-nurses /guides/what-is-a-career-cluster)
mkdir -p "$work/www" "$work/nginx/logs"
for path in "${paths[@]}"; do
  file="$work/www$path.html"
  [ "$path" = / ] && file="$work/www/index.html"
  mkdir -p "$(dirname "$file")"
  curl -sf "$site$path" -o "$file"
  gzip -k -9 "$file"
done
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/client;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  default_type text/html;
  charset utf-8;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    index index.html;
    location / { try_files \$uri \$uri.html \$uri/ =404; }
  }
}
NGINX
"$nginx_bin" -p "$work/nginx" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -sf "$static/" >/dev/null && break; sleep 0.1; done

# wrk's --latency table gives p50 and p99; a tiny Lua done() adds p95 for the search rows.
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.2f", v }'; }
rps() { grep "Requests/sec" <<<"$1" | awk '{ printf "%d", $2 }'; }
pct() { grep -E "^ +$2%" <<<"$1" | head -1 | awk '{ print $2 }' | to_ms; }
errors() { { grep -E "Non-2xx|Socket errors" <<<"$1" || true; } | tr '\n' ' '; }
bytes() { curl -s -o /dev/null -w '%{size_download}' "${@:2}" "$1"; }

echo "warming up"
for path in "${paths[@]}"; do
  wrk -t2 -c10 -d1s "$site$path" >/dev/null
  wrk -t2 -c10 -d1s -H "Accept-Encoding: gzip" "$site$path" >/dev/null
  wrk -t2 -c10 -d1s "$static$path" >/dev/null
done

echo
echo "wrk -t2 -c$connections -d$duration --latency on $(nproc) cores; latency in ms; bytes per response as sent"
header=$(printf "%-10s %-5s %9s %9s %6s %7s %7s %7s %7s %7s %7s" page mode site/s nginx/s ratio s.p50 s.p99 n.p50 n.p99 s.bytes n.bytes)
echo "$header"
missed=0
for i in "${!paths[@]}"; do
  for mode in plain gzip; do
    args=()
    [ "$mode" = gzip ] && args=(-H "Accept-Encoding: gzip")
    s=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$site${paths[$i]}")
    n=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$static${paths[$i]}")
    ratio=$(awk -v a="$(rps "$s")" -v b="$(rps "$n")" 'BEGIN { printf "%.2f", a / b }')
    awk -v r="$ratio" 'BEGIN { exit !(r < 0.6) }' && missed=$((missed + 1))
    row=$(printf "%-10s %-5s %9s %9s %6s %7s %7s %7s %7s %7s %7s %s" "${names[$i]}" "$mode" "$(rps "$s")" "$(rps "$n")" "$ratio" \
      "$(pct "$s" 50)" "$(pct "$s" 99)" "$(pct "$n" 50)" "$(pct "$n" 99)" \
      "$(bytes "$site${paths[$i]}" "${args[@]}")" "$(bytes "$static${paths[$i]}" "${args[@]}")" "$(errors "$s")$(errors "$n")")
    echo "$row"
  done
done
echo "the site with Brotli (Accept-Encoding: br), bytes per response:" \
  "$(for p in "${paths[@]}"; do printf "%s " "$(bytes "$site$p" -H "Accept-Encoding: br")"; done)"

cat bench/search-queries.lua bench/latency.lua >"$work/search.lua"
echo
echo "search, every request a cache miss (UNCACHED=1 bench/search-queries.lua)"
for c in 1 50; do
  t=1; [ "$c" -gt 1 ] && t=2
  out=$(UNCACHED=1 wrk -t$t -c$c -d"$duration" -s "$work/search.lua" "$site")
  printf "  %2d connection(s): %6s req/s   p95 %7s ms   %s\n" "$c" "$(rps "$out")" "$(pct "$out" 95)" "$(errors "$out")"
done

peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$site_pid/status")
stop_site
kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""

echo
echo "import: generating a content folder $times times as large"
dotnet run bench/make-large-content.cs -- "$work/content" "$work/large" "$times" >/dev/null
start_site "$work/large" "$work/db-large" "$work/site-large.log" "$site_port"; large_start_ms=$started_ms
large_import_ms=$(import_ms "$work/site-large.log")
large_peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$site_pid/status")
stop_site
real_bytes=$(du -sb "$work/content" | cut -f1)
large_bytes=$(du -sb "$work/large" | cut -f1)
real_files=$(find "$work/content" -name '*.md' | wc -l)
large_files=$(find "$work/large" -name '*.md' | wc -l)

echo
echo "start-up, process start to the first 200 for a content page (goals: unchanged at most 1000 ms, changed at most 2000 ms)"
echo "  baseline, an empty ASP.NET Core app (ReadyToRun) on this machine: $bare_ms ms"
echo "  first start, no earlier database: $first_ms ms"
echo "  content unchanged since the last start: $unchanged_ms ms"
echo "  content changed since the last start: $changed_ms ms"
echo "  the $times-times content, first start: $large_start_ms ms"
echo "import (server log: reading, checking and writing the database)"
size_ratio=$(awk -v a="$large_bytes" -v b="$real_bytes" 'BEGIN { printf "%.1f", a / b }')
time_ratio=$(awk -v a="$large_import_ms" -v b="$real_import_ms" 'BEGIN { printf "%.1f", a / b }')
echo "  real content ($real_files Markdown files, $((real_bytes / 1024)) KB): $real_import_ms ms, of which reading and checking $(read_ms "$work/site-first.log") ms"
echo "  generated ($large_files Markdown files, $((large_bytes / 1024)) KB, ${size_ratio}x the bytes): $large_import_ms ms, of which reading and checking $(read_ms "$work/site-large.log") ms (${time_ratio}x the time)"
echo "peak memory (VmHWM): $((peak_kb / 1024)) MB after the page and search runs; $((large_peak_kb / 1024)) MB with the $times-times content"
echo
if [ "$missed" -eq 0 ]; then echo "goal met: every page at least 0.6 of nginx's requests/s in both modes"; else echo "goal missed: $missed row(s) below 0.6 of nginx's requests/s"; fi
times_bare() { awk -v a="$1" -v b="$bare_ms" 'BEGIN { printf "%.1f", a / b }'; }
for goal in "unchanged $unchanged_ms 1000" "changed $changed_ms 2000"; do
  read -r name ms limit <<<"$goal"
  if [ "$ms" -le "$limit" ]; then verdict="goal met"; else verdict="goal missed"; fi
  echo "$verdict: start-up with $name content $ms ms (at most $limit ms; $(times_bare "$ms")x the empty app's start)"
done
if awk -v t="$time_ratio" -v s="$size_ratio" 'BEGIN { exit !(t <= s * 1.1) }'; then
  echo "goal met: import time grows no faster than content size (${time_ratio}x the time for ${size_ratio}x the bytes)"
else
  echo "goal missed: import time grows faster than content size (${time_ratio}x the time for ${size_ratio}x the bytes)"
fi
