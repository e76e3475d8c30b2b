#!/usr/bin/env bash
# Makes the npm packages from the distribution, in squawk-cli's pattern: driftguard (a JS launcher) and
# @driftguard/cli-linux-x64 (the distribution, installed only on linux-x64 as driftguard's optional dependency).
#   dist/src/npm-pack.sh VERSION TARGET_DIR   -> TARGET_DIR/driftguard-VERSION.tgz, driftguard-cli-linux-x64-VERSION.tgz
# The sources are in npm/; their version is set here from the Maven version, which is valid semver as it is
# (0.1.0-SNAPSHOT is a pre-release, 0.1.0 a release).
set -euo pipefail
version="$1"
target="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v npm > /dev/null; then
  echo "npm-pack: npm is not on the PATH (install Node.js 18+, or build with -Ddriftguard.npm.skip)" >&2
  exit 1
fi
dist="$target/driftguard-$version-linux-x64"
stage="$target/npm"
rm -rf "$stage" "$target"/driftguard-*.tgz
mkdir -p "$stage"
cp -R "$root/npm/driftguard" "$stage/driftguard"
cp -R "$root/npm/cli-linux-x64" "$stage/cli-linux-x64"
# cp -p keeps the jar's fixed time, which its AOT cache was made against (build-dist.sh).
cp -Rp "$dist/bin" "$dist/lib" "$dist/runtime" "$dist/examples" "$dist/README.txt" "$stage/cli-linux-x64/"

# npm pkg edits the JSON in place, without the registry.
(cd "$stage/cli-linux-x64" && npm pkg set "version=$version")
(cd "$stage/driftguard" && npm pkg set "version=$version" "optionalDependencies.@driftguard/cli-linux-x64=$version")
for package in cli-linux-x64 driftguard; do
  (cd "$stage/$package" && npm pack --silent --pack-destination "$target" > /dev/null)
done
ls "$target"/driftguard-*.tgz >&2
