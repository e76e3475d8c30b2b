#!/usr/bin/env bash
# Builds the self-contained linux-x64 distribution from the CLI's fat jar:
#   driftguard-<version>-linux-x64/{bin/driftguard, lib/driftguard.jar, lib/driftguard.aot, runtime/, examples/}
# and its .tar.gz, in the target folder. Called by dist/pom.xml in the package phase; runnable by hand:
#   dist/src/build-dist.sh VERSION CLI_JAR TARGET_DIR
# The library jars stay Java 17; only this packaging needs JDK 25 (jlink from its own run-time image, JEP 493, and
# the AOT cache, JEP 483/514/515): RELEASE_JDK, else /usr/lib/jvm/temurin-25-jdk-amd64.
set -euo pipefail
version="$1"
jar="$2"
target="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jdk="${RELEASE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ ! -x "$jdk/bin/jlink" ]] || ! "$jdk/bin/java" -XX:AOTMode=off -version > /dev/null 2>&1; then
  echo "build-dist: no JDK 24+ at $jdk (set RELEASE_JDK, or build with -Ddriftguard.dist.skip)" >&2
  exit 1
fi
name="driftguard-$version-linux-x64"
out="$target/$name"
rm -rf "$out" "$out.tar.gz"
mkdir -p "$out/bin" "$out/lib" "$out/examples"

# The modules the jar uses, as jdeps sees them, except java.desktop: only optional corners reach it (Jackson's
# java.beans annotations, which it probes for; SnakeYAML's bean introspection, which Jackson's YAML never uses;
# PGpoint's java.awt.Point) and it is the largest module. java.sql, java.naming and java.security.jgss are the JDBC
# driver's (DataSource lookups, Kerberos); TLS, SCRAM and EC keys are in java.base on JDK 25.
modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
modules="$(tr ',' '\n' <<< "$modules,java.sql,java.naming,java.security.jgss" | grep -vx java.desktop | sort -u \
  | paste -sd, -)"
echo "build-dist: jlink $modules" >&2
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --output "$out/runtime"

# picocli is Java 5 bytecode, which no AOT cache holds; StackMapUpgrade.java writes it again with stack map frames.
upgraded="$("$jdk/bin/java" "$root/dist/src/StackMapUpgrade.java" "$jar" "$out/lib/driftguard.jar")"
echo "build-dist: $upgraded pre-Java 6 classes written again with stack map frames" >&2
# The AOT cache is only used with the jar it was trained on, which the JVM checks by size and modification time.
# npm writes every file of a package with the same fixed time (1985-10-26T08:15:00Z); giving the jar that time
# before training keeps the cache valid in the npm package too, and makes the tarball's jar entry reproducible.
touch -d '1985-10-26T08:15:00Z' "$out/lib/driftguard.jar"
install -m 755 "$root/dist/src/launcher/driftguard" "$out/bin/driftguard"
cp -R "$root/examples/vps-subset" "$out/examples/vps-subset"
cat > "$out/README.txt" <<TXT
Driftguard $version for linux-x64, with its own Java runtime: nothing else to install.

  bin/driftguard lint examples/vps-subset     # the incident example: error findings, exit code 1
  bin/driftguard --help

Put bin/ on your PATH, or link bin/driftguard from a folder on it. Documentation:
https://github.com/driftguard/driftguard/blob/main/docs/install.md
TXT

# Training run: a lint of the bundled example, with the launcher's own flags, writes the AOT cache at exit.
"$out/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy \
  -XX:MaxTenuringThreshold=0 -XX:AOTCacheOutput="$out/lib/driftguard.aot" -Xlog:aot=error -Xlog:cds=error \
  -jar "$out/lib/driftguard.jar" lint "$out/examples/vps-subset" --fail-on never --output "$target/aot-training.txt" \
  > "$target/aot-training.log" 2>&1 || { cat "$target/aot-training.log" >&2; exit 1; }

tar -C "$target" -czf "$out.tar.gz" "$name"
echo "build-dist: $out.tar.gz ($(du -h "$out.tar.gz" | cut -f1); unpacked $(du -sh "$out" | cut -f1))" >&2
