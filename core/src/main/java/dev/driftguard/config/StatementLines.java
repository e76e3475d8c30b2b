package dev.driftguard.config;

import dev.driftguard.SourceFile;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlStatement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SQL file as inline suppression needs it: its text (for the comments), the lines each statement spans, and the
 * migration it belongs to (so that ignore comments that suppress nothing are reported against it).
 *
 * @param source     the file
 * @param statements the lines of each statement, from its first token to its terminating semicolon, in file order
 * @param migration  the migration the file is, when it is one
 */
public record StatementLines(SourceFile source, List<LineRange> statements, Optional<String> migration) {

    public StatementLines {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(migration, "migration");
        statements = List.copyOf(statements);
    }

    /** The statement lines of a parsed migration. */
    public static StatementLines of(Migration migration) {
        SourceFile source = migration.source();
        List<LineRange> ranges = migration.script().statements().stream()
                .map(SqlStatement::span)
                .map(span -> new LineRange(source.lineOf(span.start()),
                        source.lineOf(Math.max(span.start(), span.end() - 1))))
                .toList();
        return new StatementLines(source, ranges, Optional.of(migration.name()));
    }

    /** The statement whose first line is {@code line}, if one starts there. */
    Optional<LineRange> statementStartingAt(int line) {
        return statements.stream().filter(r -> r.first() == line).findFirst();
    }

    /** True when {@code line} lies within some statement. */
    boolean isInsideStatement(int line) {
        return statements.stream().anyMatch(r -> r.contains(line));
    }
}
