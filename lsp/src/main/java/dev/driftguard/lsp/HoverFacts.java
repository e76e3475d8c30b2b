package dev.driftguard.lsp;

import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.Table;
import dev.driftguard.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the catalog has under a name in a migration: a table's columns, size and indexes, or one column. */
final class HoverFacts {

    /** Identifiers as PostgreSQL reads them: quoted ones keep their case, bare ones fold to lower case. */
    private static final Pattern IDENTIFIER = Pattern.compile("\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*)");

    /**
     * A name in SQL text.
     *
     * @param schema its qualifier, when written {@code schema.name}
     * @param quoted whether it was written in double quotes (a bare keyword is not worth a "not found")
     */
    record Name(Optional<String> schema, String name, boolean quoted) {
    }

    private HoverFacts() {
    }

    /** The identifier that covers {@code offset}, with the qualifier before it. */
    static Optional<Name> at(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int lineEnd = text.indexOf('\n', offset);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int column = offset - lineStart;
        Matcher m = IDENTIFIER.matcher(line);
        Optional<Name> previous = Optional.empty();
        int previousEnd = -1;
        while (m.find()) {
            Name name = m.group(1) != null ? new Name(Optional.empty(), m.group(1).replace("\"\"", "\""), true)
                    : new Name(Optional.empty(), m.group(2).toLowerCase(Locale.ROOT), false);
            boolean qualified = previous.isPresent() && previousEnd == m.start() - 1 && m.start() > 0
                    && line.charAt(m.start() - 1) == '.';
            if (qualified) {
                name = new Name(Optional.of(previous.get().name()), name.name(), name.quoted());
            }
            if (column >= m.start() && column <= m.end()) {
                return Optional.of(name);
            }
            previous = Optional.of(name);
            previousEnd = m.end();
        }
        return Optional.empty();
    }

    /**
     * Describes {@code name} as {@code catalog} has it, in Markdown.
     *
     * @param when where in the history the catalog stands, for the reader
     */
    static Optional<String> describe(CatalogView catalog, Name name, SqlStatement statement, String when) {
        Optional<Table> table = catalog.resolveTable(name.schema(), name.name());
        if (table.isPresent()) {
            return Optional.of(table(catalog, table.get(), when));
        }
        Optional<Index> index = catalog.resolveIndex(name.schema(), name.name());
        if (index.isPresent()) {
            return Optional.of("**index** `" + index.get().name().display() + "` (" + when + ")\n\n"
                    + index(index.get()));
        }
        if (name.schema().isEmpty()) {
            for (Table t : tablesNamedIn(catalog, statement)) {
                Optional<Column> column = t.column(name.name());
                if (column.isPresent()) {
                    return Optional.of("**column** `" + t.name().display() + "." + column.get().name() + "` "
                            + column(column.get()) + " (" + when + ")\n\n" + size(t));
                }
            }
        }
        if (name.quoted()) {
            return Optional.of("`" + name.schema().map(s -> s + ".").orElse("") + name.name()
                    + "`: no relation, index or column of that name " + when);
        }
        return Optional.empty();
    }

    private static List<Table> tablesNamedIn(CatalogView catalog, SqlStatement statement) {
        Set<String> seen = new LinkedHashSet<>();
        List<Table> tables = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(statement.text());
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT);
            if (seen.add(n)) {
                catalog.resolveTable(Optional.empty(), n).ifPresent(tables::add);
            }
        }
        return tables;
    }

    private static String table(CatalogView catalog, Table table, String when) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(table.kind().toString().toLowerCase(Locale.ROOT).replace('_', ' ')).append("** `")
                .append(table.name().display()).append("` (").append(when).append(")\n\n");
        if (!catalog.columnsKnown(table)) {
            md.append("columns not known (made from a query)\n\n");
        } else {
            md.append("| column | type |\n| --- | --- |\n");
            for (Column c : table.columns()) {
                md.append("| ").append(c.name()).append(" | ").append(column(c)).append(" |\n");
            }
            md.append('\n');
        }
        md.append(size(table)).append("\n\n");
        List<Index> indexes = catalog.indexesOf(table.name());
        if (indexes.isEmpty()) {
            md.append("no indexes");
        } else {
            md.append("indexes:\n");
            indexes.forEach(i -> md.append("- `").append(i.name().name()).append("` ").append(index(i)).append('\n'));
        }
        return md.toString().strip();
    }

    private static String column(Column c) {
        return c.type() + (c.nullable() ? "" : " not null")
                + c.defaultExpr().map(d -> " default " + d).orElse("")
                + c.generatedExpr().map(g -> " generated as " + g).orElse("")
                + c.identity().map(i -> " identity").orElse("");
    }

    private static String index(Index i) {
        return (i.primary() ? "primary key " : i.unique() ? "unique " : "") + i.method() + " ("
                + String.join(", ", i.keys()) + ")" + i.predicate().map(p -> " where " + p).orElse("")
                + (i.valid() ? "" : " INVALID");
    }

    /** The planner's estimate, as the target's statistics had it; a table made by a migration has none. */
    private static String size(Table t) {
        // PostgreSQL says -1 rows for a table never vacuumed or analyzed.
        Optional<Long> rows = t.estimatedRows().filter(r -> r >= 0);
        if (rows.isEmpty() && t.sizeBytes().isEmpty()) {
            return "size: no estimate (not in the target's statistics)";
        }
        return "size: " + t.sizeBytes().map(HoverFacts::bytes).orElse("size unknown") + ", "
                + rows.map(r -> String.format(Locale.ROOT, "about %,d rows", r)).orElse("rows not yet counted");
    }

    private static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = b;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
