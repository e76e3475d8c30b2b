package dev.driftguard.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats the CLI offers with {@code --format}. */
public enum ReportFormat {
    /** Compiler-style diagnostics with the offending source line, for people. */
    TEXT(new TextRenderer()),
    /** Driftguard's own versioned JSON, described by {@code docs/report-schema.json}. */
    JSON(new JsonRenderer()),
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF(new SarifRenderer()),
    /** GitHub Actions workflow commands, which GitHub shows as annotations on the pull request. */
    GITHUB(new GithubActionsRenderer()),
    /** JUnit XML, one test case per migration, for CI test-report views. */
    JUNIT(new JunitXmlRenderer());

    private final ReportRenderer renderer;

    ReportFormat(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** The renderer for this format. */
    public ReportRenderer renderer() {
        return renderer;
    }

    /** Lower-case name as given on the command line, e.g. {@code sarif}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name case-insensitively; empty when there is no such format. */
    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
