package dev.driftguard.prisma.ast;

import java.util.List;
import java.util.Optional;

/** A {@code datasource} or {@code generator} block: {@code key = value} lines. */
public record ConfigDeclaration(Kind kind, Name name, List<Property> properties, Span span) {

    public enum Kind {
        DATASOURCE, GENERATOR
    }

    /** One {@code key = value} line. */
    public record Property(Name key, Expression value, Span span) {
    }

    public ConfigDeclaration {
        properties = List.copyOf(properties);
    }

    public Optional<Property> property(String key) {
        return properties.stream().filter(p -> p.key().text().equals(key)).findFirst();
    }
}
