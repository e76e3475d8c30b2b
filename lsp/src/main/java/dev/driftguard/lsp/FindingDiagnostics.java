package dev.driftguard.lsp;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Turns a report into each file's diagnostics, as the editor shows them. */
final class FindingDiagnostics {

    /** The {@code source} of every diagnostic, as editors show it next to the message. */
    static final String SOURCE = "driftguard";

    private final Path projectDir;
    private final Function<Path, String> uriOf;
    private final Map<String, String> docsUrls = new HashMap<>();

    FindingDiagnostics(Path projectDir, Function<Path, String> uriOf) {
        this.projectDir = projectDir;
        this.uriOf = uriOf;
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
        try {
            rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            // The run itself reports a broken custom rule; links are only a convenience.
        }
        for (Rule rule : rules) {
            RuleMetadata m = rule.metadata();
            docsUrls.put(m.id(), m.docsUrl());
        }
    }

    Path fileOf(String reportPath) {
        return projectDir.resolve(reportPath).toAbsolutePath().normalize();
    }

    /**
     * Every finding placed in a file: at its token, else at the start of its migration's file, else at the start of
     * {@code fallback} (the buffer that triggered the run), so that no finding is lost.
     *
     * @param migrationFiles each migration's file (report paths), by name
     */
    Map<Path, List<Diagnostic>> of(Report report, Map<String, String> migrationFiles, Path fallback) {
        Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
        Map<String, Optional<TextLines>> texts = new HashMap<>();
        for (Finding f : report.findings()) {
            Optional<String> migrationFile = f.migration().flatMap(m -> Optional.ofNullable(migrationFiles.get(m)));
            Optional<Location> at = f.location().or(() -> migrationFile.map(Location::ofFile));
            Path file = at.map(l -> fileOf(l.file())).orElse(fallback);
            Range range = at.flatMap(l -> texts.computeIfAbsent(l.file(), p -> lines(report, p)).map(t -> t.range(l)))
                    .orElse(new Range(new Position(0, 0), new Position(0, 0)));
            Diagnostic d = new Diagnostic(range, message(f), severity(f.severity()), SOURCE, f.ruleId());
            Optional.ofNullable(docsUrls.get(f.ruleId()))
                    .ifPresent(url -> d.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(url)));
            // A finding shown away from its migration (the schema's, or a migration's that another one breaks)
            // points back to that migration's file.
            if (migrationFile.isPresent() && !fileOf(migrationFile.get()).equals(file)) {
                Range start = new Range(new Position(0, 0), new Position(0, 0));
                d.setRelatedInformation(List.of(new DiagnosticRelatedInformation(
                        new org.eclipse.lsp4j.Location(uriOf.apply(fileOf(migrationFile.get())), start),
                        "migration " + f.migration().get())));
            }
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(d);
        }
        return byFile;
    }

    /** A run that could not happen at all: one diagnostic at the top of the buffer that asked for it. */
    static Diagnostic failure(String reason) {
        return new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                "Driftguard could not lint this project: " + reason, DiagnosticSeverity.Error, SOURCE,
                "driftguard-error");
    }

    private Optional<TextLines> lines(Report report, String reportPath) {
        Optional<SourceFile> source = report.source(reportPath);
        if (source.isPresent()) {
            return Optional.of(new TextLines(source.get().text()));
        }
        try {
            return Optional.of(new TextLines(Files.readString(fileOf(reportPath), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String message(Finding f) {
        return f.message() + f.fix().map(fix -> "\nfix: " + fix).orElse("")
                + f.sqlState().map(s -> " (SQLSTATE " + s + ")").orElse("");
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
