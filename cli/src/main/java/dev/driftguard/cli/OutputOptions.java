package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.DriftguardVersion;
import dev.driftguard.FileProblem;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.report.ReportFormat;
import dev.driftguard.config.InlineSuppressions;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a report is rendered and where it goes; shared by the commands that produce findings. */
final class OutputOptions {

    enum FailOn { ERROR, WARNING, INFO, NEVER }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "text (default), json, sarif, github or junit.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (written whole or not at all).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error (the default, or fail-on in "
                    + "driftguard.yaml), warning, info or never.")
    FailOn failOn;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** The severity that fails the run, or empty for {@code never}: the option, else the configuration's. */
    Optional<Severity> threshold(Severity configured) {
        if (failOn == null) {
            return Optional.of(configured);
        }
        return failOn == FailOn.NEVER ? Optional.empty() : Severity.parse(failOn.name());
    }

    /** Renders and writes the report; returns the exit code it calls for. */
    int emit(Report report, ProjectOptions project, Severity configuredFailOn, PrintWriter stdout)
            throws DriftguardException {
        Optional<Severity> threshold = threshold(configuredFailOn);
        List<RuleMetadata> rules = new ArrayList<>();
        RuleRegistry.builtin().forEach(r -> rules.add(r.metadata()));
        RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()).forEach(r -> rules.add(r.metadata()));
        rules.addAll(InlineSuppressions.RULES);
        boolean color = output == null && format == ReportFormat.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
        RenderOptions options = RenderOptions.defaults()
                .withColor(color)
                .withFailThreshold(threshold.orElse(Severity.ERROR))
                .withRules(rules)
                .withProjectName(project.projectName())
                .withToolVersion(DriftguardVersion.current().text())
                .withProjectPath(project.pathFromWorkingDirectory())
                .withAnchorFile(project.anchorFile())
                .withMigrations(report.migrations());
        String rendered = format.renderer().render(report, options);
        if (output == null) {
            stdout.print(rendered);
            stdout.flush();
        } else {
            writeWhole(output, rendered);
        }
        return threshold.filter(report::hasFindingsAtLeast).isPresent() ? DriftguardCommand.EXIT_FINDINGS : 0;
    }

    /** Through a temporary file and a rename, so a failed run never leaves half a report behind. */
    private static void writeWhole(Path file, String content) throws DriftguardException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".driftguard-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // The original failure is the one worth reporting.
            }
            throw new DriftguardException("cannot write " + file + ": " + FileProblem.reason(e), e);
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value.toLowerCase(Locale.ROOT) + "' (expected text, json, sarif, github or junit)"));
        }
    }
}
