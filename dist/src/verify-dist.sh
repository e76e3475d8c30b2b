#!/usr/bin/env bash
# Proves the built distribution and npm packages run on a machine with no Java: called by dist/pom.xml in the verify
# phase (so CI's `mvn -B verify` runs it), or by hand:
#   dist/src/verify-dist.sh VERSION TARGET_DIR [dist|npm]...
# Each run has an empty environment and a PATH with no java on it; the launcher must use the bundled runtime (a JDK 17
# would refuse -XX:AOTMode=on, so passing it also proves which JVM ran, and that the AOT cache was usable: with
# AOTMode=on the JVM exits rather than run without it).
set -euo pipefail
version="$1"
target="$2"
shift 2
checks=("$@")
if [[ ${#checks[@]} -eq 0 ]]; then
  # What the build skipped (dist/pom.xml passes its skip properties) is not there to check.
  [[ "${DIST_SKIP:-false}" == true ]] || checks+=(dist)
  [[ "${DIST_SKIP:-false}" == true || "${NPM_SKIP:-false}" == true ]] || checks+=(npm)
  if [[ ${#checks[@]} -eq 0 ]]; then
    exit 0
  fi
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/examples/vps-subset"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/driftguard-verify.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

fail() {
  echo "verify-dist: $*" >&2
  exit 1
}

# expect_lint CODE OUT_FILE: the incident example's findings (README: error findings, so exit code 1).
expect_lint() {
  local code="$1" out="$2"
  [[ "$code" -eq 1 ]] || { cat "$out" >&2; fail "lint of vps-subset exited $code, expected 1 (error findings)"; }
  grep -q 'error\[missing-relation\]: relation "SocialPost" does not exist' "$out" \
    || { cat "$out" >&2; fail "lint of vps-subset did not report the missing SocialPost table"; }
  grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?' "$out" || { cat "$out" >&2; fail "lint printed no summary"; }
}

# A folder of links to the few commands the launchers need: bash, coreutils and, for npm, node. No java.
path_dir="$scratch/path"
mkdir -p "$path_dir"
for tool in bash sh env readlink dirname cat ls mkdir rm node npm npx; do
  if command -v "$tool" > /dev/null; then
    ln -s "$(command -v "$tool")" "$path_dir/$tool"
  fi
done
if PATH="$path_dir" command -v java > /dev/null; then
  fail "the test PATH has a java"
fi

check_dist() {
  local home="$scratch/dist"
  mkdir -p "$home"
  # From the tarball, unpacked elsewhere than where it was built: the AOT cache must survive the move.
  tar -C "$home" -xzf "$target/driftguard-$version-linux-x64.tar.gz"
  local bin="$home/driftguard-$version-linux-x64/bin/driftguard"
  local out
  # Every class a start needs comes from the AOT cache; one read from the jar means a dependency the cache cannot
  # hold (such as Java 5 bytecode that build-dist.sh did not write again with stack map frames).
  out="$(env -i PATH="$path_dir" \
    DRIFTGUARD_JAVA_OPTS="-XX:AOTMode=on -Xlog:class+load:file=$scratch/class-load.txt" "$bin" --version)"
  [[ "$out" == "driftguard $version"* ]] || fail "--version printed '$out', expected 'driftguard $version...'"
  local from_jar
  from_jar="$(grep -c 'source: file:' "$scratch/class-load.txt" || true)"
  [[ "$from_jar" -eq 0 ]] || fail "--version loaded $from_jar classes from the jar, not from the AOT cache: \
$(grep -m 3 'source: file:' "$scratch/class-load.txt")"
  local code=0
  (cd "$home" && env -i PATH="$path_dir" DRIFTGUARD_JAVA_OPTS=-XX:AOTMode=on "$bin" lint "$example") \
    > "$scratch/dist-lint.txt" 2>&1 || code=$?
  expect_lint "$code" "$scratch/dist-lint.txt"
  code=0
  env -i PATH="$path_dir" "$bin" lint "$example" --format sarif --output "$scratch/dist.sarif" || code=$?
  [[ "$code" -eq 1 ]] || fail "lint --format sarif exited $code, expected 1"
  grep -q "\"version\" : \"$version\|\"version\": \"$version" "$scratch/dist.sarif" \
    || fail "the SARIF report does not name version $version"
  echo "verify-dist: the distribution runs without a system Java: $out" >&2
}

check_npm() {
  local project="$scratch/npm-project"
  mkdir -p "$project"
  echo '{"name": "driftguard-verify", "version": "1.0.0", "private": true}' > "$project/package.json"
  # An unreachable registry and an empty cache: the install must need nothing but the two tarballs.
  (cd "$project" && env -i PATH="$path_dir" HOME="$scratch/home" npm_config_cache="$scratch/npm-cache" \
    npm_config_registry=http://127.0.0.1:9/ npm install --offline --no-audit --no-fund --loglevel=error \
    "$target/driftguard-$version.tgz" "$target/driftguard-cli-linux-x64-$version.tgz") >&2
  local code=0
  (cd "$project" && env -i PATH="$path_dir" HOME="$scratch/home" npm_config_cache="$scratch/npm-cache" \
    npm_config_offline=true npm_config_registry=http://127.0.0.1:9/ DRIFTGUARD_JAVA_OPTS=-XX:AOTMode=on \
    npx driftguard lint "$example") > "$scratch/npm-lint.txt" 2>&1 || code=$?
  expect_lint "$code" "$scratch/npm-lint.txt"
  # On a platform with no distribution, the launcher says so and exits as a tool error (2).
  local launcher="$project/node_modules/driftguard/bin/driftguard.js"
  code=0
  env -i PATH="$path_dir" node -e "Object.defineProperty(process, 'arch', {value: 'riscv64'}); require('$launcher')" \
    > "$scratch/npm-unsupported.txt" 2>&1 || code=$?
  [[ "$code" -eq 2 ]] && grep -q 'no prebuilt distribution for linux-riscv64; supported: linux-x64' \
    "$scratch/npm-unsupported.txt" || { cat "$scratch/npm-unsupported.txt" >&2; fail "unsupported platform: exit $code"; }
  echo "verify-dist: npx driftguard runs from the npm packages, offline, without a system Java" >&2
}

for check in "${checks[@]}"; do
  "check_$check"
done
