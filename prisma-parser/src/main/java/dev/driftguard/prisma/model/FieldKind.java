package dev.driftguard.prisma.model;

/** What a field's type names, as the DMMF's {@code kind} says. */
public enum FieldKind {
    /** A built-in scalar such as {@code String}. */
    SCALAR("scalar"),
    /** An enum of the schema. */
    ENUM("enum"),
    /** Another model: a relation field, which is no column. */
    RELATION("object"),
    /** {@code Unsupported("...")}: a column of a type Prisma cannot read. */
    UNSUPPORTED("unsupported");

    private final String dmmfKind;

    FieldKind(String dmmfKind) {
        this.dmmfKind = dmmfKind;
    }

    /** The DMMF's name for it. */
    public String dmmfKind() {
        return dmmfKind;
    }
}
