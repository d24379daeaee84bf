#!/usr/bin/env bash
# The site against nginx serving the same pages as static files, measured in one run on one machine.
#
# Publishes the site in Release, runs it in Production on a copy of content/, saves a home, cluster, pathway,
# occupation and guide page as files for nginx on another loopback port (with a .gz beside each for gzip_static;
# Debian's nginx has no Brotli module), then runs wrk on both servers, page by page, with the same settings, without
# and with "Accept-Encoding: gzip". Each page is measured three ways: the site's fast path (a visitor without the
# site's cookies: the page as kept per content generation, PrerenderedPagesMiddleware), the site's normal path (the
# same page for a visitor with a cookie, cc_lang=en: routing, MVC and the output cache) and nginx. Then uncached
# search at 1 and 50 connections, start-up (first start, content unchanged, content changed) beside an empty ASP.NET
# Core app's start (bench/bare-start.sh), import time for the real content and a folder ten times larger, the site's
# memory (idle after start, and peak through the run) and the bytes its fast path keeps.
# Goals (issue 27), each printed as met or missed:
#   every page at least 0.8 of nginx's requests/s on the fast path, plain and gzip;
#   an uncached search costs at most 5 page views (the cluster page's fast-path requests/s over the search's, 50 connections);
#   memory at most 150 MB idle after start and at most 256 MB at the peak of the run (VmRSS / VmHWM);
#   start-up with unchanged content at most 3 times the empty app's;
#   import time growing no faster than content size (issue 14).
#
# Needs the .NET SDK; installs Debian's wrk and nginx when missing (as root or through sudo). About 10 minutes.
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
unchanged_runs=()
for _ in 1 2 3; do
  start_site "$work/content" "$work/db" "$work/site-unchanged.log" "$site_port"; unchanged_runs+=("$started_ms"); stop_site
done
unchanged_ms=$(printf '%s\n' "${unchanged_runs[@]}" | sort -n | sed -n 2p)
printf '\nOne more sentence, so the content has changed since the last start.\n' >>"$work/content/guides/faq.md"
start_site "$work/content" "$work/db" "$work/site.log" "$site_port"; changed_ms=$started_ms
# Idle: once the start-up's own work is over (the site gives back the import's memory two seconds after it starts).
sleep 4
idle_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$site_pid/status")
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
  wrk -t2 -c10 -d1s -H "Cookie: cc_lang=en" "$site$path" >/dev/null
  wrk -t2 -c10 -d1s -H "Accept-Encoding: gzip" -H "Cookie: cc_lang=en" "$site$path" >/dev/null
  wrk -t2 -c10 -d1s "$static$path" >/dev/null
done

echo
echo "wrk -t2 -c$connections -d$duration --latency on $(nproc) cores; latency in ms; bytes per response as sent"
echo "fast: the site's fast path (no cookie); mvc: the same page through routing, MVC and the output cache (Cookie: cc_lang=en)"
header=$(printf "%-10s %-5s %9s %9s %9s %6s %6s %7s %7s %7s %7s %7s %7s" page mode fast/s mvc/s nginx/s fast/n mvc/n f.p50 f.p99 n.p50 n.p99 s.bytes n.bytes)
echo "$header"
missed=0
cluster_plain_rps=0
for i in "${!paths[@]}"; do
  for mode in plain gzip; do
    args=()
    [ "$mode" = gzip ] && args=(-H "Accept-Encoding: gzip")
    s=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$site${paths[$i]}")
    m=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" -H "Cookie: cc_lang=en" "$site${paths[$i]}")
    n=$(wrk -t2 -c"$connections" -d"$duration" --latency "${args[@]}" "$static${paths[$i]}")
    ratio=$(awk -v a="$(rps "$s")" -v b="$(rps "$n")" 'BEGIN { printf "%.2f", a / b }')
    mvc_ratio=$(awk -v a="$(rps "$m")" -v b="$(rps "$n")" 'BEGIN { printf "%.2f", a / b }')
    awk -v r="$ratio" 'BEGIN { exit !(r < 0.8) }' && missed=$((missed + 1))
    [ "${names[$i]}" = cluster ] && [ "$mode" = plain ] && cluster_plain_rps=$(rps "$s")
    row=$(printf "%-10s %-5s %9s %9s %9s %6s %6s %7s %7s %7s %7s %7s %7s %s" "${names[$i]}" "$mode" "$(rps "$s")" "$(rps "$m")" "$(rps "$n")" "$ratio" "$mvc_ratio" \
      "$(pct "$s" 50)" "$(pct "$s" 99)" "$(pct "$n" 50)" "$(pct "$n" 99)" \
      "$(bytes "$site${paths[$i]}" "${args[@]}")" "$(bytes "$static${paths[$i]}" "${args[@]}")" "$(errors "$s")$(errors "$m")$(errors "$n")")
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
  search_rps=$(rps "$out")
done
search_cost=$(awk -v a="$cluster_plain_rps" -v b="$search_rps" 'BEGIN { printf "%.1f", a / b }')
echo "  an uncached search costs $search_cost page views (cluster page, fast path, plain: $cluster_plain_rps req/s; search at 50 connections: $search_rps req/s)"
kept=$(curl -s "$site/healthz" | grep -o '"prerendered":{[^}]*}')
echo "the fast path keeps, for this generation: $kept"

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
echo "start-up, process start to the first 200 for a content page"
echo "  baseline, an empty ASP.NET Core app (ReadyToRun) on this machine: $bare_ms ms"
echo "  first start, no earlier database: $first_ms ms"
echo "  content unchanged since the last start: $unchanged_ms ms (median of ${unchanged_runs[*]})"
echo "  content changed since the last start: $changed_ms ms"
echo "  the $times-times content, first start: $large_start_ms ms"
echo "import (server log: reading, checking and writing the database)"
size_ratio=$(awk -v a="$large_bytes" -v b="$real_bytes" 'BEGIN { printf "%.1f", a / b }')
time_ratio=$(awk -v a="$large_import_ms" -v b="$real_import_ms" 'BEGIN { printf "%.1f", a / b }')
echo "  real content ($real_files Markdown files, $((real_bytes / 1024)) KB): $real_import_ms ms, of which reading and checking $(read_ms "$work/site-first.log") ms"
echo "  generated ($large_files Markdown files, $((large_bytes / 1024)) KB, ${size_ratio}x the bytes): $large_import_ms ms, of which reading and checking $(read_ms "$work/site-large.log") ms (${time_ratio}x the time)"
echo "memory: idle $((idle_kb / 1024)) MB after start (VmRSS); peak $((peak_kb / 1024)) MB through the page and search runs (VmHWM, the start's import included); $((large_peak_kb / 1024)) MB with the $times-times content"
echo
verdict() { if [ "$1" = 0 ]; then echo "goal met:"; else echo "goal missed:"; fi; }
echo "$(verdict "$missed") every page at least 0.8 of nginx's requests/s on the fast path, plain and gzip ($missed row(s) below)"
echo "$(verdict "$(awk -v c="$search_cost" 'BEGIN { print (c <= 5 ? 0 : 1) }')") an uncached search costs at most 5 page views ($search_cost)"
echo "$(verdict "$(( idle_kb / 1024 > 150 ))") idle memory at most 150 MB ($((idle_kb / 1024)) MB)"
echo "$(verdict "$(( peak_kb / 1024 > 256 ))") peak memory at most 256 MB ($((peak_kb / 1024)) MB)"
startup_times=$(awk -v a="$unchanged_ms" -v b="$bare_ms" 'BEGIN { printf "%.1f", a / b }')
echo "$(verdict "$(awk -v t="$startup_times" 'BEGIN { print (t <= 3 ? 0 : 1) }')") start-up with unchanged content at most 3 times the empty app's ($unchanged_ms ms, ${startup_times}x $bare_ms ms)"
echo "$(verdict "$(awk -v t="$time_ratio" -v s="$size_ratio" 'BEGIN { print (t <= s * 1.1 ? 0 : 1) }')") import time grows no faster than content size (${time_ratio}x the time for ${size_ratio}x the bytes)"
