package dev.driftguard.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An index. The index lives in its table's schema.
 *
 * @param keys      key columns or expressions as written ({@code "email"}, {@code lower(email)}),
 *                  with opclass and ordering when not the default
 * @param method    access method: {@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash}, {@code spgist}
 * @param predicate the {@code WHERE} of a partial index
 * @param valid     false for an index left invalid by a failed {@code CREATE INDEX CONCURRENTLY}
 */
public record Index(QualifiedName name, QualifiedName table, boolean unique, boolean primary, String method,
                    List<String> keys, Optional<String> predicate, boolean valid) {

    public Index {
        keys = List.copyOf(keys);
    }

    /**
     * The column a key names, when the key is a plain column (quoted as introspection writes mixed-case names, or
     * not, as replay and introspection write other names), with or without opclass and ordering; empty for an
     * expression.
     */
    public static Optional<String> plainColumn(String key) {
        String text = key.trim();
        if (text.startsWith("\"")) {
            int close = 1;
            StringBuilder name = new StringBuilder();
            while (close < text.length()) {
                char c = text.charAt(close);
                if (c == '"' && close + 1 < text.length() && text.charAt(close + 1) == '"') {
                    name.append('"');
                    close += 2;
                } else if (c == '"') {
                    String rest = text.substring(close + 1);
                    return rest.isEmpty() || rest.startsWith(" ") ? Optional.of(name.toString()) : Optional.empty();
                } else {
                    name.append(c);
                    close++;
                }
            }
            return Optional.empty();
        }
        if (text.contains("(")) {
            return Optional.empty();
        }
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    public Index withName(QualifiedName newName) {
        return new Index(newName, table, unique, primary, method, keys, predicate, valid);
    }

    public Index withTable(QualifiedName newTable) {
        return new Index(name, newTable, unique, primary, method, keys, predicate, valid);
    }

    /**
     * The key columns by name, when every key is a plain column: replay stores a column as its exact name,
     * introspection as {@code quote_ident} writes it, either followed by a non-default operator class. Empty when a
     * key is an expression.
     */
    public Optional<List<String>> plainColumns() {
        List<String> columns = new ArrayList<>();
        for (String key : keys) {
            Optional<String> column = plainColumn(key);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.add(column.get());
        }
        return Optional.of(columns);
    }

    /**
     * Whether a foreign key can reference this index: unique, valid, not partial, on plain columns
     * ({@code transformFkeyCheckAttrs} in PostgreSQL's {@code tablecmds.c}).
     */
    public boolean referenceable() {
        return unique && valid && predicate.isEmpty() && plainColumns().isPresent();
    }
}
