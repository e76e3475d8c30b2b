package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.Column;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.SqlName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The column types an index's expressions can see. */
final class IndexedTable {

    /** SQLSTATE of "functions in index predicate/expression must be marked IMMUTABLE". */
    static final String INVALID_OBJECT_DEFINITION = "42P17";

    private IndexedTable() {
    }

    /** Column name to type of the table, or empty when the table does not exist (another rule reports that). */
    static Optional<Map<String, String>> columnTypes(StatementContext context, SqlName table) {
        return context.catalog().resolveTable(table.schema(), table.name()).map(t -> {
            Map<String, String> types = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                types.put(c.name(), c.type());
            }
            return types;
        });
    }
}
