#!/usr/bin/env bash
# Several replicas behind nginx (issue 24): requests/s and latency with one and with two replicas, and no request lost
# while a replica restarts.
#
# Publishes the site once (Release), starts a throw-away PostgreSQL server (tools/throwaway-postgres.sh), runs the
# `migrate` command, and starts two replicas on loopback ports: both read one copy of content/, each builds its own
# content database in its own Content:DatabaseDirectory, and they share the user data in PostgreSQL. nginx runs with
# deploy/nginx.conf itself, changed only where it must be on this machine (the replicas' loopback addresses, its own
# port, log and temporary paths), and `nginx -t` checks that configuration first. A few counselor lists are made through nginx with curl (the
# /lists/new form with its antiforgery cookie and token, then /lists/add), so the form and the post may reach different
# replicas. Then wrk (-t2, 50 connections) runs bench/replicas.lua, a mix of the home, cluster, pathway and job pages,
# two searches and the lists' public pages:
#   (a) 1 replica behind nginx (the other one idle), (b) 2 replicas behind nginx: requests/s, p50/p95/p99 and failed
#       requests;
#   (c) 2 replicas, and a third of the way into the run one replica gets SIGTERM (a graceful stop), then is started
#       again: failed requests (must be 0: nginx sends the GETs the stopping replica refused to the other one), how many
#       requests nginx retried, how long the replica took to stop, the gap from the stop until it answers /healthz
#       with 200 again, and the run's worst latency.
# A failed request is a non-2xx answer or a socket error (wrk waits up to 30 s for an answer, as long as nginx waits for
# a replica's: a slow answer is not a lost one, and the worst latency is printed). Exits 1 when run (c) has any. The load average of the
# machine is printed beside each run (these machines are shared: read the figures with it).
#
# Every request comes from one address (127.0.0.1), so the per-address limits of search and list viewing are raised
# for the run. Needs the .NET SDK; installs Debian's wrk, nginx and postgresql when missing (as root or through sudo).
# About 3 minutes. Settings: DURATION (wrk time of runs a and b, default 20s), RESTART_DURATION (run c, 30s),
# CONNECTIONS (50), LIST_COUNT (how many lists to make, 3), PORT (nginx's port, 5180; the replicas take the next two),
# PUBLISHED=DIR (skip the publish step and run DIR/CareerClusters.Web.dll).
set -euo pipefail
cd "$(dirname "$0")/.."
nginx_port=${PORT:-5180}
ports=($((nginx_port + 1)) $((nginx_port + 2)))
duration=${DURATION:-20s}
restart_duration=${RESTART_DURATION:-30}
connections=${CONNECTIONS:-50}
list_count=${LIST_COUNT:-3}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
install_package() { # Debian package
  echo "installing $1"
  as_root apt-get update -qq >/dev/null
  as_root apt-get install -y -qq "$1" >/dev/null
}
command -v wrk >/dev/null || install_package wrk
command -v curl >/dev/null || install_package curl
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || install_package nginx
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || install_package postgresql
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
chmod 755 "$work" # PostgreSQL and nginx's workers run as other users when this runs as root
declare -A site_pids=()
nginx_pid=""
wrk_pid=""
cleanup() {
  if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; fi
  for pid in "${site_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  tools/throwaway-postgres.sh stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
front="http://127.0.0.1:$nginx_port"
load() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

if [ -n "${PUBLISHED:-}" ]; then
  app=$(cd "$PUBLISHED" && pwd)
else
  echo "publishing the site (Release)"
  dotnet publish src/CareerClusters.Web -c Release -o "$work/app" -v q --nologo >/dev/null
  app="$work/app"
fi
echo "copying content/ to $work"
cp -r content "$work/content"

echo "starting a throw-away PostgreSQL server and applying the migrations with the migrate command"
postgres=$(tools/throwaway-postgres.sh start "$work/pg")
(cd "$app" && UserData__Provider=PostgreSQL UserData__ConnectionString="$postgres" dotnet CareerClusters.Web.dll migrate)

# Starts replica $1 (a port) in the background: the published site in Production on the shared content copy, with its
# own content database folder. UserData:MigrateAtStartUp=false: the migrate command above has done that.
start_replica() {
  local port=$1
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production Content__Path="$work/content" \
    Content__DatabaseDirectory="$work/db-$port" Content__WatchForChanges=false \
    UserData__Provider=PostgreSQL UserData__ConnectionString="$postgres" UserData__MigrateAtStartUp=false \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Search__MaxBurst=1000000000 Search__MaxRequestsPerSecond=1000000000 \
    Lists__MaxViewBurst=1000000000 Lists__MaxViewsPerSecond=1000000000 \
    "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
    dotnet CareerClusters.Web.dll --urls "http://127.0.0.1:$port") >>"$work/site-$port.log" 2>&1 &
  site_pids[$port]=$!
}
# Waits until replica $1 answers /healthz with 200.
wait_healthy() {
  local port=$1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; do
    if ! kill -0 "${site_pids[$port]}" 2>/dev/null; then echo "replica $port stopped; its log:"; cat "$work/site-$port.log"; exit 1; fi
    sleep 0.02
  done
}
for port in "${ports[@]}"; do start_replica "$port"; done
for port in "${ports[@]}"; do wait_healthy "$port"; done

# nginx with deploy/nginx.conf: the upstream's servers become the given loopback ports (with the parameters of the
# file's first server line), nginx listens on its loopback port, logs (off, or the file's upstreams format) and
# temporary files go to the work folder. Anything else is the file as it is.
mkdir -p "$work/nginx"
chmod 777 "$work/nginx" # nginx's workers write their temporary files here
make_nginx_conf() { # file, access log (off or a path), replica ports...
  local file=$1 access=$2
  shift 2
  awk -v ports="$*" -v access="$access" -v listen="127.0.0.1:$nginx_port" -v temp="$work/nginx" '
    /^[[:space:]]*upstream / { in_upstream = 1 }
    in_upstream && /^[[:space:]]*server / {
      if (!written) {
        params = $0; sub(/^[[:space:]]*server [^ ;]+/, "", params)
        n = split(ports, port, " ")
        for (i = 1; i <= n; i++) print "        server 127.0.0.1:" port[i] params
        written = 1
      }
      next
    }
    in_upstream && /^[[:space:]]*}/ { in_upstream = 0 }
    /^[[:space:]]*access_log / { print (access == "off" ? "    access_log off;" : "    access_log " access " upstreams;"); next }
    /^[[:space:]]*listen 80;/ { print "        listen " listen ";"; next }
    /^http \{/ {
      print
      print "    client_body_temp_path " temp "/client; proxy_temp_path " temp "/proxy;"
      print "    fastcgi_temp_path " temp "/fastcgi; uwsgi_temp_path " temp "/uwsgi; scgi_temp_path " temp "/scgi;"
      next
    }
    { print }
  ' deploy/nginx.conf >"$file"
  if grep -Eq "^[[:space:]]*server site-" "$file" || [ "$(grep -Ec "^[[:space:]]*server 127\.0\.0\.1:" "$file")" -ne $# ] || ! grep -q "listen $nginx_port\|listen 127.0.0.1:$nginx_port" "$file"; then
    echo "deploy/nginx.conf no longer has the shape this script changes (upstream servers, listen 80, access_log): update make_nginx_conf"
    exit 1
  fi
}
nginx_globals="daemon off; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
start_nginx() { # access log, replica ports...
  make_nginx_conf "$work/nginx.conf" "$@"
  "$nginx_bin" -t -q -p "$work/nginx" -c "$work/nginx.conf" -g "$nginx_globals"
  "$nginx_bin" -p "$work/nginx" -c "$work/nginx.conf" -g "$nginx_globals" &
  nginx_pid=$!
  until curl -sf -o /dev/null "$front/healthz"; do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then echo "nginx stopped:"; cat "$work/nginx/error.log"; exit 1; fi
    sleep 0.05
  done
}
stop_nginx() { kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; }

echo "checking deploy/nginx.conf with nginx -t (the upstream's hosts replaced by 127.0.0.1, logs and temporary files here):"
make_nginx_conf "$work/nginx-check.conf" off "${ports[@]}"
"$nginx_bin" -t -p "$work/nginx" -c "$work/nginx-check.conf" -g "$nginx_globals" 2>&1 | sed 's/^/  /'
diff deploy/nginx.conf "$work/nginx-check.conf" | grep '^[<>]' | sed 's/^/  /' || true
if command -v systemd-analyze >/dev/null; then
  unit_dir=$(mktemp -d -p "$work")
  cp deploy/careerclusters@.service "$unit_dir/"
  if out=$(systemd-analyze verify "$unit_dir/careerclusters@5001.service" 2>&1) && [ -z "$out" ]; then
    echo "systemd-analyze verify deploy/careerclusters@.service: no problems"
  else
    echo "systemd-analyze verify deploy/careerclusters@.service:"; echo "$out"
  fi
fi

start_nginx off "${ports[@]}"

# Counselor lists, made through nginx: the form from one replica, the post perhaps to the other (shared keys).
# The form's antiforgery token (the first, reading the whole page: a reader that stops early breaks the pipe).
token_of() { sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | awk 'NR == 1'; }
list_paths=()
items=(/clusters/health-science /occupations/registered-nurses /clusters/health-science/therapeutic-services)
for i in $(seq 1 "$list_count"); do
  jar="$work/cookies-$i"
  token=$(curl -sf -c "$jar" -b "$jar" "$front/lists/new" | token_of)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "title=Careers in health, group $i" --data-urlencode "introduction=A list made by bench/replicas.sh." "$front/lists/new")
  code=$(sed -n 's#.*/lists/\([^/]*\)/edit/.*#\1#p' <<<"$location")
  [ -n "$code" ] || { echo "could not make a list (answer: ${location:-none})"; exit 1; }
  for page in "${items[@]}"; do
    token=$(curl -sf -c "$jar" -b "$jar" "$front/lists/add?page=$page" | token_of)
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" \
      --data-urlencode "page=$page" --data-urlencode "note=Read this one first." "$front/lists/add")
    [ "$status" = 303 ] || { echo "adding $page to list $code answered $status"; exit 1; }
  done
  for port in "${ports[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/lists/$code")
    [ "$status" = 200 ] || { echo "list $code answered $status on replica $port"; exit 1; }
  done
  list_paths+=("/lists/$code")
done
lists=$(IFS=,; echo "${list_paths[*]}")
echo "made ${#list_paths[@]} lists of ${#items[@]} items through nginx (${lists}); each opens on both replicas"

echo "warming up both replicas"
for port in "${ports[@]}"; do LISTS="$lists" wrk -t2 -c10 -d3s -s bench/replicas.lua "http://127.0.0.1:$port" >/dev/null; done

figure() { awk -v k="$1" '$1 == k { print $2 }' <<<"$2"; }
failed() { echo $(( $(figure non2xx "$1") + $(figure socket_errors "$1") )); }
row() { # name, wrk output, load before, load after
  printf "%-28s %8s %8s %8s %8s %8s   load %s -> %s\n" "$1" "$(figure rps "$2")" "$(figure p50 "$2")" "$(figure p95 "$2")" \
    "$(figure p99 "$2")" "$(failed "$2")" "$3" "$4"
}
measure() { # name, replica ports...
  local name=$1 before out
  shift
  stop_nginx
  start_nginx off "$@"
  before=$(load)
  out=$(LISTS="$lists" wrk -t2 -c"$connections" -d"$duration" --timeout 30s -s bench/replicas.lua "$front")
  rows+=("$(row "$name" "$out" "$before" "$(load)")")
}

echo "runs (a) and (b): wrk -t2 -c$connections -d$duration over $(( 6 + ${#list_paths[@]} )) paths; $(nproc) cores"
rows=()
measure "(a) 1 replica behind nginx" "${ports[0]}"
measure "(b) 2 replicas behind nginx" "${ports[@]}"

echo "run (c): 2 replicas, wrk for ${restart_duration}s; one replica stopped (SIGTERM) and started again a third of the way in"
stop_nginx
start_nginx "$work/nginx/access.log" "${ports[@]}"
victim=${ports[1]}
before=$(load)
LISTS="$lists" wrk -t2 -c"$connections" -d"${restart_duration}s" --timeout 30s -s bench/replicas.lua "$front" >"$work/wrk-restart.txt" &
wrk_pid=$!
sleep $(( restart_duration / 3 ))
stopped_at=$(now_ms)
kill -TERM "${site_pids[$victim]}"
wait "${site_pids[$victim]}" 2>/dev/null || true
exited_at=$(now_ms)
start_replica "$victim"
wait_healthy "$victim"
healthy_at=$(now_ms)
wait "$wrk_pid"
wrk_pid=""
after=$(load)
out=$(cat "$work/wrk-restart.txt")
rows+=("$(row "(c) 2, one restarted" "$out" "$before" "$after")")
stop_nginx
retried=$(grep -c 'upstream=[^ ]*, ' "$work/nginx/access.log" || true)
logged=$(wc -l <"$work/nginx/access.log")
# The slowest request nginx logged: its time (s), path, status and the replicas it tried.
slowest=$(awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^upstream=/ && $(i - 1) + 0 >= max) { max = $(i - 1) + 0; line = $(i - 1) " " $0 } }
  END { print line }' "$work/nginx/access.log" |
  sed -E 's/^([0-9.]+) .*"GET ([^ ]*) [^"]*" ([0-9]+) .* upstream=([^=]*) status=([^=]*) time=.*/\1 s, \2, \3, tried \4(\5)/')

echo
printf "%-28s %8s %8s %8s %8s %8s\n" run "req/s" "p50 ms" "p95 ms" "p99 ms" failed
printf "%s\n" "${rows[@]}"
echo
echo "run (c), replica $victim stopped with SIGTERM $(( exited_at - stopped_at )) ms after the signal (requests in progress finished)"
echo "  gap: $(( healthy_at - stopped_at )) ms from the stop until it answered /healthz with 200 again (start-up $(( healthy_at - exited_at )) ms)"
echo "  worst latency of the run: $(figure max "$out") ms; p99 $(figure p99 "$out") ms"
echo "  requests: $(figure requests "$out"), 2xx $(figure ok "$out"), non-2xx $(figure non2xx "$out"), socket errors $(figure socket_errors "$out") ($(sed -n 's/^socket_detail //p' <<<"$out"))"
echo "  nginx's log: $logged requests, $retried of them sent to the other replica after the first one refused or dropped the connection"
echo "  the slowest in nginx's log: $slowest"
if [ "$(failed "$out")" -ne 0 ]; then
  echo "FAIL: $(failed "$out") request(s) failed while a replica restarted"
  exit 1
fi
echo "PASS: no request failed while a replica restarted"
