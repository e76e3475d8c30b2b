package dev.driftguard.rules;

import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.sql.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A question to the rows already in a live target, whose answer decides whether a statement fails there: "how many
 * rows of {@code User} hold NULL in {@code email}". A rule asks it with {@link StatementContext#checkRows}; after
 * replay it is answered in one read-only, time-limited transaction, and a non-zero count becomes an error finding at
 * {@code span}.
 *
 * @param table      the table the statement changes; once one check proves a failure on it, later ones are skipped
 * @param reads      every column the query reads, per table, as named at this point of the replay. The check runs
 *                   only when each table stands in the target as it will stand at this statement
 *                   ({@link StatementContext#rowsKnown}) and has each column
 * @param violations a {@code SELECT} returning one row per violation (per row, or per duplicated key value); its
 *                   columns are what {@code --show-data} shows of up to three of them
 * @param noun       what one result row is, singular: {@code row}, {@code value}
 * @param message    the finding's message; {@code {n}} becomes the count with its noun ("3 rows")
 * @param sqlState   the SQLSTATE PostgreSQL raises when the count is not zero
 */
public record RowCheck(QualifiedName table, Map<QualifiedName, Set<String>> reads, String violations, String noun,
                       Span span, String message, String fix, String sqlState) {

    public RowCheck {
        Objects.requireNonNull(table, "table");
        Map<QualifiedName, Set<String>> copy = new LinkedHashMap<>();
        reads.forEach((t, columns) -> copy.put(t, Set.copyOf(columns)));
        reads = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(sqlState, "sqlState");
    }

    /** A check that reads {@code columns} of {@code table} only. */
    public static RowCheck onTable(QualifiedName table, List<String> columns, String violations, String noun,
                                   Span span, String message, String fix, String sqlState) {
        return new RowCheck(table, Map.of(table, Set.copyOf(columns)), violations, noun, span, message, fix,
                sqlState);
    }

    /** {@code "name"}, quoted as PostgreSQL needs it whatever its case or characters. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}. */
    public static String quote(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }
}
