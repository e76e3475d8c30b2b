# Driftguard's self-contained linux-x64 distribution in a slim image:
#   docker build -t driftguard .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" driftguard lint
# Stage 1 builds the distribution as CI does (dist/, with JDK 25's jlink and AOT cache); stage 2 holds only it.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# The tests ran in CI; here only the packages are made. The AppCDS archive is for ./driftguard on JDK 17 and the npm
# packages are published from CI, so neither is built. The distribution goes to a fixed path (mv keeps the jar's
# time, which its AOT cache checks).
RUN RELEASE_JDK="$JAVA_HOME" mvn -B -q -DskipTests -Ddriftguard.cds.skip=true -Ddriftguard.npm.skip=true \
      -pl dist -am package \
 && mv dist/target/driftguard-*-linux-x64 /opt/driftguard

FROM debian:bookworm-slim
# The launcher is a bash script on the distribution's own Java runtime: bash and coreutils are all it needs, and
# debian-slim has both, so nothing is installed.
COPY --from=build /opt/driftguard /opt/driftguard
RUN ln -s /opt/driftguard/bin/driftguard /usr/local/bin/driftguard \
 && useradd --system --uid 10001 --no-create-home driftguard
USER 10001
WORKDIR /work
ENTRYPOINT ["driftguard"]
CMD ["--help"]
