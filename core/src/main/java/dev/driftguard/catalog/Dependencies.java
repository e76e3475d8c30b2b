package dev.driftguard.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands on what in a catalog, as PostgreSQL records it in {@code pg_depend}: rules ask it to predict a 2BP01,
 * replay asks it to know what a {@code CASCADE} takes along, so that both agree.
 */
public final class Dependencies {

    /** {@code nextval('...')} with a constant argument, as written or as {@code pg_get_expr} prints it. */
    private static final Pattern NEXTVAL = Pattern.compile(
            "\\s*(?:pg_catalog\\.)?nextval\\s*\\(\\s*'((?:[^']|'')*)'\\s*(?:::\\s*regclass\\s*)?\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A column of a table. */
    public record TableColumn(QualifiedName table, String column) {
    }

    private Dependencies() {
    }

    /**
     * The primary key, unique or exclusion constraint whose index this is (the index has the constraint's name); the
     * index cannot be dropped on its own, only with the constraint.
     */
    public static Optional<Constraint> constraintOwning(CatalogView catalog, Index index) {
        return catalog.constraintsOf(index.table()).stream()
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE
                        || c.kind() == ConstraintKind.EXCLUSION)
                .filter(c -> c.name().equals(index.name().name()))
                .findFirst();
    }

    /**
     * The foreign keys that stand on this key index: those written without referenced columns on the primary key,
     * and those whose referenced columns (in any order) this index covers when no other referenceable index of the
     * table covers the same ones. When two do, PostgreSQL picked the first one created, which the model cannot tell
     * for a target it read, so neither is taken to carry the key.
     */
    public static List<Constraint> foreignKeysOn(CatalogView catalog, Index key) {
        return foreignKeys(catalog, key, false);
    }

    /**
     * The foreign keys this key index may carry, including those another index of the same columns may carry
     * instead: what a {@code CASCADE} may take along, which the model lets go so that it never keeps a key PostgreSQL
     * dropped.
     */
    public static List<Constraint> foreignKeysThatMayUse(CatalogView catalog, Index key) {
        return foreignKeys(catalog, key, true);
    }

    private static List<Constraint> foreignKeys(CatalogView catalog, Index key, boolean shared) {
        if (!key.referenceable()) {
            return List.of();
        }
        Set<String> columns = Set.copyOf(key.plainColumns().orElseThrow());
        List<Set<String>> keys = new ArrayList<>();
        boolean listed = false;
        for (Index index : catalog.indexesOf(key.table())) {
            if (index.referenceable()) {
                keys.add(Set.copyOf(index.plainColumns().orElseThrow()));
                listed |= index.name().equals(key.name());
            }
        }
        if (!listed) {
            keys.add(columns);
        }
        List<Constraint> carried = new ArrayList<>();
        for (Constraint fk : catalog.foreignKeysReferencing(key.table())) {
            if (fk.referencedColumns().isEmpty()) {
                if (key.primary()) {
                    carried.add(fk);
                }
                continue;
            }
            Set<String> wanted = Set.copyOf(fk.referencedColumns());
            long covering = keys.stream().filter(wanted::equals).count();
            if (wanted.equals(columns) && (covering == 1 || shared)) {
                carried.add(fk);
            }
        }
        return carried;
    }

    /** The index of a primary key or unique constraint, as the model holds it or as the constraint describes it. */
    public static Index indexOf(CatalogView catalog, Constraint key) {
        QualifiedName name = QualifiedName.of(key.table().schema(), key.name());
        return catalog.index(name).filter(i -> i.table().equals(key.table())).orElseGet(() -> new Index(name,
                key.table(), key.kind() != ConstraintKind.EXCLUSION, key.kind() == ConstraintKind.PRIMARY_KEY,
                key.kind() == ConstraintKind.EXCLUSION ? "gist" : "btree", key.columns(), Optional.empty(), true));
    }

    /**
     * The columns whose default calls {@code nextval} on this sequence: a serial column's default, or one written
     * by hand. The argument is a {@code regclass} constant, bound to the sequence when the default was set, so it
     * depends on it; a {@code nextval('...'::text)} is looked up at each call and does not.
     */
    public static List<TableColumn> defaultsUsing(CatalogView catalog, QualifiedName sequence) {
        List<TableColumn> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                Optional<QualifiedName> used = column.defaultExpr().flatMap(d -> sequenceOf(catalog, d));
                if (used.equals(Optional.of(sequence))) {
                    users.add(new TableColumn(table.name(), column.name()));
                }
            }
        }
        return users;
    }

    private static Optional<QualifiedName> sequenceOf(CatalogView catalog, String defaultExpr) {
        Matcher m = NEXTVAL.matcher(defaultExpr);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> parts = nameParts(m.group(1).replace("''", "'"));
        if (parts.isEmpty() || parts.size() > 3) {
            return Optional.empty();
        }
        Optional<String> schema = parts.size() > 1 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
        return catalog.resolveSequence(schema, parts.get(parts.size() - 1)).map(Sequence::name);
    }

    /**
     * A dotted name as {@code regclass} input reads it: a quoted part keeps its case ({@code ""} stands for a
     * quote), an unquoted part is folded to lower case; empty when it is not a name.
     */
    private static List<String> nameParts(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        return List.of();
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '"') {
                    part.append(text.charAt(i++));
                }
                String word = part.toString().strip();
                if (word.isEmpty()) {
                    return List.of();
                }
                part = new StringBuilder(foldAscii(word));
            }
            parts.add(part.toString());
            if (i == text.length()) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                return List.of();
            }
            i++;
        }
    }

    /** PostgreSQL folds only ASCII letters of an unquoted identifier ({@code downcase_identifier}). */
    private static String foldAscii(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** The columns whose type is {@code type}, an array of it, or it with a type modifier ({@code vector(1536)}). */
    public static List<TableColumn> columnsOfType(CatalogView catalog, QualifiedName type) {
        List<TableColumn> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                if (isType(column.type(), type)) {
                    users.add(new TableColumn(table.name(), column.name()));
                }
            }
        }
        return users;
    }

    /**
     * The columns whose type is one the extension created ({@link ExtensionTypes}): {@code DROP EXTENSION} refuses
     * while there is any, and {@code CASCADE} drops them.
     */
    public static List<TableColumn> columnsOfExtension(CatalogView catalog, Extension extension) {
        List<TableColumn> users = new ArrayList<>();
        for (String type : ExtensionTypes.typesOf(extension.name())) {
            users.addAll(columnsOfType(catalog, QualifiedName.of(extension.schema(), type)));
        }
        return users;
    }

    /**
     * The columns whose default calls a function the extension created ({@link ExtensionTypes#functionsOf}), written
     * bare or qualified by any schema, as {@code pg_get_expr} prints it or as a migration wrote it. The default
     * depends on the function, which belongs to the extension: {@code DROP EXTENSION} refuses while there is any, and
     * {@code CASCADE} drops the defaults (the columns stay).
     */
    public static List<TableColumn> defaultsCallingExtension(CatalogView catalog, Extension extension) {
        List<String> functions = ExtensionTypes.functionsOf(extension.name());
        if (functions.isEmpty()) {
            return List.of();
        }
        Pattern call = Pattern.compile("(?i)(?<![\\w$\"])(?:(?:\"[^\"]+\"|[a-z_][\\w$]*)\\s*\\.\\s*)?\"?("
                + String.join("|", functions.stream().map(Pattern::quote).toList()) + ")\"?\\s*\\(");
        List<TableColumn> users = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                if (column.defaultExpr().map(d -> call.matcher(d).find()).orElse(false)) {
                    users.add(new TableColumn(table.name(), column.name()));
                }
            }
        }
        return users;
    }

    /**
     * Whether a column type as the model stores it ({@code format_type}: quoted where needed, qualified when not on
     * the search path) names {@code type}; an unqualified name is taken to be it.
     */
    static boolean isType(String columnType, QualifiedName type) {
        String base = columnType;
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        if (base.endsWith(")") && base.lastIndexOf('(') > base.lastIndexOf('"')) {
            base = base.substring(0, base.lastIndexOf('(')).stripTrailing();
        }
        List<String> parts = base.startsWith("\"") || !base.contains(" ") ? nameParts(base) : List.of(base);
        if (parts.isEmpty() || parts.size() > 2) {
            return false;
        }
        return parts.get(parts.size() - 1).equals(type.name())
                && (parts.size() == 1 || parts.get(0).equals(type.schema()));
    }

    /**
     * What a schema holds, each as PostgreSQL names it in "... depends on schema": relations, types, sequences,
     * functions and extensions. {@code DROP SCHEMA} without {@code CASCADE} refuses while there is any.
     */
    public static List<String> objectsIn(Catalog catalog, String schema) {
        List<String> objects = new ArrayList<>();
        for (Table t : catalog.tables()) {
            if (t.name().schema().equals(schema)) {
                objects.add(switch (t.kind()) {
                    case VIEW -> "view";
                    case MATERIALIZED_VIEW -> "materialized view";
                    default -> "table";
                } + " " + quoted(t.name()));
            }
        }
        catalog.enums().stream().filter(e -> e.name().schema().equals(schema))
                .forEach(e -> objects.add("type " + quoted(e.name())));
        catalog.domains().stream().filter(d -> d.name().schema().equals(schema))
                .forEach(d -> objects.add("type " + quoted(d.name())));
        catalog.sequences().stream().filter(q -> q.name().schema().equals(schema))
                .forEach(q -> objects.add("sequence " + quoted(q.name())));
        catalog.functions().stream().filter(f -> f.name().schema().equals(schema))
                .forEach(f -> objects.add("function " + quoted(f.name()) + "(" + String.join(", ", f.argumentTypes())
                        + ")"));
        catalog.extensions().stream().filter(e -> e.schema().equals(schema))
                .forEach(e -> objects.add("extension " + e.name()));
        return objects;
    }

    private static String quoted(QualifiedName name) {
        return "\"" + name.schema() + "\".\"" + name.name() + "\"";
    }
}
