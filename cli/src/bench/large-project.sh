#!/usr/bin/env bash
# Times `driftguard lint` end to end on a generated large Prisma project (1,000 models, 5,000 migrations, 50,000
# statements), with and without the AppCDS archive, as the self-contained distribution runs it when dist/target holds
# one, and next to Squawk on the same SQL. Prints a Markdown table of wall time, CPU time and peak memory (GNU time),
# the minimum and the median over RUNS runs.
#
#   cli/src/bench/large-project.sh                 # from the repository root
#   RUNS=5 KEEP=1 cli/src/bench/large-project.sh   # more runs; keep the generated project and Squawk
#   SHAPE="120 434 4000" cli/src/bench/large-project.sh   # MODELS MIGRATIONS STATEMENTS: a real-size history
#
# Needs /usr/bin/time (Debian: apt-get install time) and, for the Squawk column, npm (squawk-cli is installed into
# the temporary folder, never into the repository).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
runs="${RUNS:-3}"
squawk_version="${SQUAWK_VERSION:-2.66.0}"
work="$(mktemp -d "${TMPDIR:-/tmp}/driftguard-bench.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$work"' EXIT
fi

jar="$root/cli/target/driftguard.jar"
cds="$root/cli/target/driftguard.jsa"
if [[ ! -f "$jar" || ! -f "$cds" ]]; then
  echo "building the CLI jar and its AppCDS archive..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl cli -am package >&2)
fi

# The self-contained distribution (dist module), when it was built: its own JDK 25 runtime and AOT cache.
dist_bin="$(ls -d "$root"/dist/target/driftguard-*-linux-x64/bin/driftguard 2>/dev/null | head -n 1 || true)"

echo "generating the project in $work/project..." >&2
# SHAPE is split into LargePrismaProject's three size arguments on purpose.
# shellcheck disable=SC2086
java "$root/cli/src/bench/LargePrismaProject.java" "$work/project" ${SHAPE:-} >&2

squawk=""
if command -v npm > /dev/null; then
  echo "installing squawk-cli $squawk_version into $work/squawk..." >&2
  if npm install --silent --no-save --no-audit --no-fund --prefix "$work/squawk" "squawk-cli@$squawk_version" >&2; then
    squawk="$work/squawk/node_modules/.bin/squawk"
  fi
fi

# measure NAME COMMAND...: runs COMMAND $runs times under GNU time; prints one Markdown row.
measure() {
  local name="$1"
  shift
  local walls=() cpus=() rss=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || true
    read -r wall user sys maxrss < <(tail -n 1 "$work/time.txt")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    rss+=("$maxrss")
  done
  local sorted_walls sorted_cpus sorted_rss
  sorted_walls=($(printf '%s\n' "${walls[@]}" | sort -g))
  sorted_cpus=($(printf '%s\n' "${cpus[@]}" | sort -g))
  sorted_rss=($(printf '%s\n' "${rss[@]}" | sort -g))
  local mid=$((runs / 2))
  printf '| %s | %s | %s | %s | %s | %d |\n' "$name" "${sorted_walls[0]}" "${sorted_walls[$mid]}" \
    "${sorted_cpus[0]}" "${sorted_cpus[$mid]}" "$((sorted_rss[$mid] / 1024))"
}

project="$work/project"
cds_opts=("-XX:SharedArchiveFile=$cds" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
echo
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, $(java -version 2>&1 | head -1)"
echo
echo "| what | wall min (s) | wall median (s) | CPU min (s) | CPU median (s) | peak RSS median (MiB) |"
echo "|---|---|---|---|---|---|"
measure "JVM start: driftguard --version" java -jar "$jar" --version
measure "JVM start: driftguard --version, AppCDS" java "${cds_opts[@]}" -jar "$jar" --version
launcher_opts=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -XX:MaxTenuringThreshold=0)
measure "JVM start: as ./driftguard runs it (AppCDS, C1, parallel GC)" java "${launcher_opts[@]}" "${cds_opts[@]}" \
  -jar "$jar" --version
if [[ -n "$dist_bin" ]]; then
  measure "JVM start: distribution (JDK 25 runtime, AOT cache)" "$dist_bin" --version
  measure "JVM start: distribution without its AOT cache" env DRIFTGUARD_NO_AOT=1 "$dist_bin" --version
fi
measure "driftguard lint, JVM defaults" java -jar "$jar" lint "$project"
measure "driftguard lint, AppCDS" java "${cds_opts[@]}" -jar "$jar" lint "$project"
measure "driftguard lint, as ./driftguard runs it (AppCDS, C1, parallel GC)" java "${launcher_opts[@]}" \
  "${cds_opts[@]}" -jar "$jar" lint "$project"
if [[ -n "$dist_bin" ]]; then
  measure "driftguard lint, distribution (JDK 25 runtime, AOT cache)" "$dist_bin" lint "$project"
fi
if [[ -n "$squawk" ]]; then
  (cd "$project" && measure "squawk $squawk_version (same SQL)" "$squawk" --reporter gcc prisma/migrations/*/migration.sql)
fi
