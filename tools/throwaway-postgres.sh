#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests and the benchmarks: a new cluster in a folder, on a free loopback port,
# trusted connections only from this machine, no fsync (nothing in it is kept).
#   tools/throwaway-postgres.sh start DIR   starts one in DIR (which must not exist) and prints its connection string
#   tools/throwaway-postgres.sh stop DIR    stops it and removes DIR
# Needs Debian's postgresql package. PostgreSQL refuses to run as root, so as root it runs as the postgres user.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?a folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL's initdb was not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
# From /: the postgres user may not enter the folder the script was started in.
as_owner() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U app --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: one that nothing answers on.
    for _ in $(seq 1 50); do
      port=$((20000 + RANDOM % 20000))
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=app;Database=postgres"
    ;;
  stop)
    [ ! -d "$dir/data" ] || as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  bin)
    echo "$bin"
    ;;
  *)
    echo "usage: $0 start|stop|bin DIR" >&2; exit 2
    ;;
esac
