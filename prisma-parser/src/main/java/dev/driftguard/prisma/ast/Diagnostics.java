package dev.driftguard.prisma.ast;

import dev.driftguard.Severity;
import dev.driftguard.schema.SchemaDiagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found while reading a schema; messages follow Prisma's own wording. */
public final class Diagnostics {
    private final List<SchemaDiagnostic> found = new ArrayList<>();

    public void error(Span span, String message) {
        found.add(new SchemaDiagnostic(Severity.ERROR, message, span.location()));
    }

    public void warning(Span span, String message) {
        found.add(new SchemaDiagnostic(Severity.WARNING, message, span.location()));
    }

    /** Adds one found elsewhere, e.g. by the relational mapping. */
    public void add(SchemaDiagnostic diagnostic) {
        found.add(diagnostic);
    }

    /** Everything found, by file, then line, then column. */
    public List<SchemaDiagnostic> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((SchemaDiagnostic d) -> d.location().file())
                        .thenComparingInt(d -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .toList();
    }
}
