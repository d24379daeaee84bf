#!/usr/bin/env bash
# Runs every test: unit and integration tests, then real-browser tests in Debian's Chromium.
# Installs Chromium and zbar-tools when they are missing. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the browser tests use: chromium (driven by Playwright) and zbar-tools (zbarimg reads the QR codes).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/zbarimg ] || missing="$missing zbar-tools"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null \
    || { echo "Could not install$missing (apt-get install$missing)"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
status=0
dotnet build CareerClusters.sln -c Release --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
for project in tests/CareerClusters.Tests tests/CareerClusters.BrowserTests; do
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$(basename "$project").trx" \
    --results-directory "$results" || status=1
done

# Sum the counts from the test result files, so the closing line is the truth of the whole run.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; status=1; fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
