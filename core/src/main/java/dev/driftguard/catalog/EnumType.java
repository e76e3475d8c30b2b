package dev.driftguard.catalog;

import java.util.List;

/** A {@code CREATE TYPE ... AS ENUM} type with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
