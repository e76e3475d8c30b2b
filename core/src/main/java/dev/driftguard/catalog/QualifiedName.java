package dev.driftguard.catalog;

/**
 * A schema-qualified object name as PostgreSQL stores it: already case-folded, so {@code "User"} and
 * {@code user} are different names here.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    public static QualifiedName publicName(String name) {
        return new QualifiedName("public", name);
    }

    /** The name as a person writes it: {@code name} in {@code public}, else {@code schema.name}. */
    public String display() {
        return "public".equals(schema) ? name : schema + "." + name;
    }

    @Override
    public int compareTo(QualifiedName o) {
        int c = schema.compareTo(o.schema);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
