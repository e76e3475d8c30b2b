#!/usr/bin/env bash
# Runs Squawk and Driftguard on the rule fixtures and prints, rule by rule, where they agree and differ.
# Needs java 17, node/npm and python3. Usage: core/src/test/squawk/compare.sh [squawk-version]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
version="${1:-2.66.0}"
jar="$root/cli/target/driftguard.jar"
rules="$root/core/src/test/resources/rules"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -f "$jar" ]]; then
    (cd "$root" && mvn -q -DskipTests -pl cli -am package)
fi

# Squawk comes as an npm package with the platform binary as a dependency; install it outside the repository.
npm install --silent --no-save --no-audit --no-fund --prefix "$work/npm" "squawk-cli@$version" >&2
squawk="$work/npm/node_modules/.bin/squawk"
echo "Squawk $("$squawk" --version | awk '{print $2}'), Driftguard from $jar" >&2

# Each rule's setup.sql is the target: Driftguard reads it as a catalog snapshot (Squawk has no notion of one).
mkdir -p "$work/snapshots"
for dir in "$rules"/*/; do
    rule="$(basename "$dir")"
    java -cp "$jar" "$here/SetupSnapshot.java" "$dir/setup.sql" "$work/snapshots/$rule.json"
done

python3 "$here/compare.py" "$squawk" "$jar" "$rules" "$work"
