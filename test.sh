#!/usr/bin/env bash
# Runs ClusterSim's tests on a fresh machine: installs what the tests need when it is missing, runs
# every test project, and ends with a plain line "N passed, N failed". The exit code is dotnet test's.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# The scenario schema is checked with an independent validator: Python's jsonschema, reading YAML with PyYAML.
python3 -c 'import jsonschema' >/dev/null 2>&1 || need+=(python3-jsonschema)
python3 -c 'import yaml' >/dev/null 2>&1 || need+=(python3-yaml)
# The panel is read with pandas as analysts read it: Debian's python3-pandas, for Debian's python3.
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || need+=(python3-pandas)
# Reports are rendered in a real browser: Debian's Chromium, headless.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"; } >&2 \
    || echo "test.sh: could not install ${need[*]}; the tests that need them will fail" >&2
fi

# The Slurm test brings up a single-node Slurm on localhost from Debian's packages (tests/Integration/slurm); without
# recommends it is 9 packages, about 7 s.
if [ ! -x /usr/sbin/slurmctld ] || [ ! -x /usr/sbin/munged ]; then
  echo "test.sh: installing slurm-wlm munge" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge; } >&2 \
    || echo "test.sh: could not install slurm-wlm and munge; the Slurm test will fail" >&2
fi

# DuckDB, the tests' independent Parquet reader, from DuckDB's npm package for this platform (tests/Integration/duckdb).
if ! ls tests/Integration/duckdb/node_modules/@duckdb/node-bindings-linux-*/libduckdb.so >/dev/null 2>&1; then
  command -v npm >/dev/null 2>&1 || { echo "test.sh: installing npm" >&2; if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm; } >&2; }
  echo "test.sh: installing DuckDB's library from npm" >&2
  npm install --silent --no-audit --no-fund --prefix tests/Integration/duckdb >&2 || echo "test.sh: could not install DuckDB; the tests that read Parquet with it will fail" >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test ClusterSim.sln -c Release --nologo "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "test.sh: $skipped tests skipped under CI=true; a missing tool must fail, not skip" >&2
  failed=$((failed + skipped)); code=1
fi
echo "$passed passed, $failed failed"
exit "$code"
