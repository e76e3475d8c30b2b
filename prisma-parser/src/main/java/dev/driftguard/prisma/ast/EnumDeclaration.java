package dev.driftguard.prisma.ast;

import java.util.List;
import java.util.Optional;

/** An {@code enum} block. */
public record EnumDeclaration(Name name, List<Value> values, List<Attribute> attributes, List<String> documentation,
                              Span span) {

    /** One enum value with its attributes, e.g. {@code ADMIN @map("admin")}. */
    public record Value(Name name, List<Attribute> attributes, List<String> documentation, Span span) {
        public Value {
            attributes = List.copyOf(attributes);
            documentation = List.copyOf(documentation);
        }

        public Optional<Attribute> attribute(String attributeName) {
            return attributes.stream().filter(a -> a.name().text().equals(attributeName)).findFirst();
        }
    }

    public EnumDeclaration {
        values = List.copyOf(values);
        attributes = List.copyOf(attributes);
        documentation = List.copyOf(documentation);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().text().equals(attributeName)).findFirst();
    }
}
