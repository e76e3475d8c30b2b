package dev.driftguard.prisma.ast;

import java.util.List;
import java.util.Optional;

/**
 * A line of a model, view or composite type that declares a field. {@code type} is empty when the line has only a
 * name, which Prisma rejects.
 *
 * @param documentation the text of the {@code ///} comments right above it
 */
public record FieldDeclaration(Name name, Optional<FieldType> type, List<Attribute> attributes,
                               List<String> documentation, Span span) {

    public FieldDeclaration {
        attributes = List.copyOf(attributes);
        documentation = List.copyOf(documentation);
    }

    public List<Attribute> attributes(String attributeName) {
        return attributes.stream().filter(a -> a.name().text().equals(attributeName)).toList();
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().text().equals(attributeName)).findFirst();
    }
}
