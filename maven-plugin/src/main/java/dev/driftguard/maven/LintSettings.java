package dev.driftguard.maven;

import dev.driftguard.Severity;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.report.ReportFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The lint goal's parameters once checked and typed: what one run is asked to do. Maven hands parameters over as
 * strings and nullable fields; this is the only place that sees them so, and the rest of the plugin sees no nulls.
 *
 * @param projectDir       the project whose migrations are linted
 * @param tool             the migration tool; empty to let core decide (driftguard.yaml, the layout, else Prisma)
 * @param schema           schema.prisma or a folder of .prisma files; empty for the tool's default
 * @param migrations       the migrations folder; empty for the tool's default
 * @param databaseUrl      read the target over JDBC, read-only; never logged as given (it may hold a password)
 * @param databasePassword the password for {@code databaseUrl}, from a server of settings.xml; over the URL's own
 * @param catalog          read the target from a snapshot file
 * @param postgresMajor    the PostgreSQL major to assume when the target does not say
 * @param failOn           the least severity that fails the build; empty for driftguard.yaml's {@code fail-on}
 * @param format           the format of the report written to {@code output} (or logged when there is none)
 * @param output           where the report in {@code format} goes
 * @param reportsDirectory where the SARIF and JUnit XML reports always go
 * @param baseline         report only findings that are not in this baseline
 */
record LintSettings(Path projectDir, Optional<MigrationTool> tool, Optional<Path> schema, Optional<Path> migrations,
                    Optional<String> databaseUrl, Optional<Password> databasePassword, Optional<Path> catalog, Optional<Integer> postgresMajor,
                    Optional<FailOn> failOn, ReportFormat format, Optional<Path> output, Path reportsDirectory,
                    Optional<Path> baseline) {

    /** A password, which no {@code toString()} of this record or of a log line built from it shows. */
    record Password(String value) {
        Password {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "***";
        }
    }

    /** The values of the {@code failOn} parameter; {@code never} lets every finding pass. */
    enum FailOn {
        ERROR, WARNING, INFO, NEVER;

        /** The severity that fails the build, or empty for {@link #NEVER}. */
        Optional<Severity> threshold() {
            return this == NEVER ? Optional.empty() : Severity.parse(name());
        }

        static Optional<FailOn> parse(String text) {
            for (FailOn value : values()) {
                if (value.name().equalsIgnoreCase(text.trim())) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }

    LintSettings {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
        if (databaseUrl.isPresent() && catalog.isPresent()) {
            throw new IllegalArgumentException("give databaseUrl or catalog, not both");
        }
        if (databasePassword.isPresent() && databaseUrl.isEmpty()) {
            throw new IllegalArgumentException("serverId gives the password of databaseUrl, which is not set");
        }
    }

    /** Parses the {@code tool} parameter, naming the supported tools when it is none of them. */
    static MigrationTool parseTool(String value) {
        return MigrationTool.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "tool \"" + value + "\" is not a supported migration tool; supported: " + MigrationTool.names()));
    }

    /** Parses the {@code failOn} parameter. */
    static FailOn parseFailOn(String value) {
        return FailOn.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "failOn \"" + value + "\" is not a severity; expected error, warning, info or never"));
    }

    /** Parses the {@code format} parameter. */
    static ReportFormat parseFormat(String value) {
        return ReportFormat.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "format \"" + value.toLowerCase(Locale.ROOT) + "\" is unknown; expected text, json, sarif, github "
                        + "or junit"));
    }
}
