#!/usr/bin/env bash
# Runs every test: unit and integration tests (the user-data ones on SQLite and on PostgreSQL), then real-browser tests
# in Debian's Chromium. Installs Chromium, zbar-tools, Java, Node.js and PostgreSQL (Debian), the Nu Html Checker (npm's
# vnu-jar, into .tools/vnu/) and the OpenAPI linter (npm's @stoplight/spectral-cli, into .tools/spectral/) when they are
# missing, and starts a throw-away PostgreSQL server for the run.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the browser tests use: chromium (driven by Playwright) and zbar-tools (zbarimg reads the QR codes).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/zbarimg ] || missing="$missing zbar-tools"
# Java runs the Nu Html Checker (HtmlValidityTests); curl fetches the checker when npm is not there.
[ -x /usr/bin/java ] || missing="$missing default-jre-headless"
command -v npm >/dev/null || command -v curl >/dev/null || missing="$missing curl"
# Node.js and npm run the OpenAPI linter (Api/ApiLintTests). A machine with its own Node.js keeps it.
if ! command -v node >/dev/null; then missing="$missing nodejs npm"; elif ! command -v npm >/dev/null; then missing="$missing npm"; fi
# PostgreSQL: the user-data tests run on it too (and the two-instance tests share one of its databases).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing for the tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  # Slim images leave out the man folders that the Java package's set-up writes to.
  $sudo mkdir -p /usr/share/man/man1
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null \
    || { echo "Could not install$missing (apt-get install$missing)"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Nu Html Checker: the vnu-jar package from the npm registry (with npm, or its tarball with curl), unpacked into
# the git-ignored .tools/vnu/. The HTML validity test reads VNU_JAR and fails when the checker is missing.
vnu_version=26.9.27
export VNU_JAR="$PWD/.tools/vnu/vnu.jar"
if [ ! -f "$VNU_JAR" ] || [ "$(cat .tools/vnu/version 2>/dev/null)" != "$vnu_version" ]; then
  echo "Installing the Nu Html Checker $vnu_version..."
  download=$(mktemp -d)
  tarball="$download/vnu-jar-$vnu_version.tgz"
  if command -v npm >/dev/null; then (cd "$download" && npm pack --silent "vnu-jar@$vnu_version" >/dev/null 2>&1); fi
  [ -f "$tarball" ] || curl -fsSL -o "$tarball" "https://registry.npmjs.org/vnu-jar/-/vnu-jar-$vnu_version.tgz"
  mkdir -p .tools/vnu
  tar -xzf "$tarball" -C "$download" package/build/dist/vnu.jar && mv "$download/package/build/dist/vnu.jar" "$VNU_JAR" \
    && echo "$vnu_version" > .tools/vnu/version
  rm -rf "$download"
  [ -f "$VNU_JAR" ] || { echo "Could not install the Nu Html Checker (vnu-jar $vnu_version from the npm registry)"; echo "0 passed, 1 failed"; exit 1; }
fi

# The OpenAPI linter: Spectral from the npm registry, into the git-ignored .tools/spectral/. The API's lint test reads
# SPECTRAL and fails when the linter is missing. Spectral 6 runs on Debian's Node.js 18 (Redocly's CLI 2 needs 20.19).
spectral_version=6.16.3
export SPECTRAL="$PWD/.tools/spectral/node_modules/.bin/spectral"
if [ ! -x "$SPECTRAL" ] || [ "$(cat .tools/spectral/version 2>/dev/null)" != "$spectral_version" ]; then
  echo "Installing the OpenAPI linter (Spectral $spectral_version)..."
  rm -rf .tools/spectral
  mkdir -p .tools/spectral
  (cd .tools/spectral && SCARF_ANALYTICS=false npm install --no-audit --no-fund --no-save --silent --prefix . "@stoplight/spectral-cli@$spectral_version" >/dev/null 2>&1) \
    && echo "$spectral_version" > .tools/spectral/version
  [ -x "$SPECTRAL" ] || { echo "Could not install the OpenAPI linter (@stoplight/spectral-cli $spectral_version from the npm registry)"; echo "0 passed, 1 failed"; exit 1; }
fi

# A throw-away PostgreSQL server on a free loopback port (tools/throwaway-postgres.sh), stopped and removed at the end.
# The tests read its connection string from CC_TEST_POSTGRES and create a database of their own on it.
postgres_dir=$(mktemp -d /tmp/cc-test-postgres.XXXXXX)
rmdir "$postgres_dir"
trap 'tools/throwaway-postgres.sh stop "$postgres_dir"' EXIT
CC_TEST_POSTGRES=$(tools/throwaway-postgres.sh start "$postgres_dir") \
  || { echo "Could not start a PostgreSQL server for the tests (tools/throwaway-postgres.sh)"; echo "0 passed, 1 failed"; exit 1; }
CC_TEST_POSTGRES_BIN=$(tools/throwaway-postgres.sh bin "$postgres_dir")
export CC_TEST_POSTGRES CC_TEST_POSTGRES_BIN
echo "PostgreSQL for the tests: $CC_TEST_POSTGRES"

# The test result files (.trx) go to the git-ignored artifacts/test-results/: kept when a test failed, so a CI failure
# can be read after the run; removed after a passing run.
results="$PWD/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
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
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; status=1; fi
[ "$failed" -eq 0 ] || status=1
if [ "$status" -eq 0 ]; then rm -rf "$results"; else echo "Test results kept in artifacts/test-results/"; fi
echo "$passed passed, $failed failed"
exit $status
