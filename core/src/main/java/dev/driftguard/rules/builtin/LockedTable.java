package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * The table a lock-taking statement works on, when it holds data that running code uses: it exists in the target
 * and no pending migration created it. A table created earlier in the same migration or by a pending migration is
 * new and empty, so locking or rewriting it hurts nobody.
 */
final class LockedTable {

    /**
     * From this size on a table is "large": a lock or a rewrite that holds it for the table's scan lasts long enough
     * to queue every query behind it, so the finding is raised to an error. 1 GiB takes seconds to tens of seconds
     * to scan on common cloud disks.
     */
    static final long LARGE_TABLE_BYTES = 1L << 30;

    /** Used when only the row estimate is known. */
    static final long LARGE_TABLE_ROWS = 1_000_000L;

    private LockedTable() {
    }

    /** The table {@code name} resolves to, when it exists and already existed in the target. */
    static Optional<Table> existing(StatementContext context, SqlName name) {
        return context.catalog().resolveTable(name.schema(), name.name())
                .filter(t -> !context.createdInCurrentMigration(t.name()) && !context.createdByPendingMigration(t.name()));
    }

    /** The table of index {@code index}, when the index exists and its table already existed in the target. */
    static Optional<Table> existingOfIndex(StatementContext context, SqlName index) {
        return context.catalog().resolveIndex(index.schema(), index.name())
                .flatMap(i -> context.catalog().table(i.table()))
                .filter(t -> !context.createdInCurrentMigration(t.name()) && !context.createdByPendingMigration(t.name()));
    }

    static boolean large(Table table) {
        if (table.sizeBytes().isPresent()) {
            return table.sizeBytes().get() >= LARGE_TABLE_BYTES;
        }
        return table.estimatedRows().map(rows -> rows >= LARGE_TABLE_ROWS).orElse(false);
    }

    /** {@code "User"}, with its size when the target told it: {@code "User" (2.3 GB, about 4100000 rows)}. */
    static String describe(Table table) {
        StringBuilder text = new StringBuilder("\"").append(table.name().display()).append('"');
        Optional<String> size = table.sizeBytes().map(LockedTable::bytes);
        Optional<String> rows = table.estimatedRows().filter(r -> r >= 0).map(r -> "about " + r + " rows");
        if (size.isPresent() || rows.isPresent()) {
            text.append(" (").append(size.orElse(""));
            if (size.isPresent() && rows.isPresent()) {
                text.append(", ");
            }
            text.append(rows.orElse("")).append(')');
        }
        return text.toString();
    }

    /** Reports with the rule's severity, raised to an error when the table is large. */
    static void report(StatementContext context, Table table, Span span, String message, String fix) {
        if (large(table)) {
            context.report(Severity.ERROR, span, message, fix);
        } else {
            context.report(span, message, fix);
        }
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
