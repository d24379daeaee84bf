#!/usr/bin/env bash
# The start-up baseline for this machine: milliseconds from process start to the first 200 of an empty ASP.NET Core
# app (the SDK's own "web" template, published in Release with ReadyToRun as the site is), the median of RUNS starts.
# Machines here differ by two times or more in speed; the site's start-up reads right only beside this figure.
# Prints one number. Used by bench/startup.sh and bench/pages.sh.
set -euo pipefail
port=${PORT:-5189}
runs=${RUNS:-5}
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

dotnet new web -o "$work/src" -n BareStart >/dev/null
dotnet publish "$work/src" -c Release -o "$work/app" -r "$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)" \
  --self-contained false -p:PublishReadyToRun=true -v q --nologo >/dev/null

times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet BareStart.dll --urls "http://127.0.0.1:$port") >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; do sleep 0.01; done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
