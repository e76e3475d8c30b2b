package dev.driftguard.prisma.ast;

import java.util.List;
import java.util.Optional;

/** A {@code model}, {@code view} or composite {@code type} block. */
public record ModelDeclaration(Kind kind, Name name, List<FieldDeclaration> fields, List<Attribute> attributes,
                               List<String> documentation, Span span) {

    public enum Kind {
        MODEL("model"), VIEW("view"), COMPOSITE_TYPE("type");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public ModelDeclaration {
        fields = List.copyOf(fields);
        attributes = List.copyOf(attributes);
        documentation = List.copyOf(documentation);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().text().equals(attributeName)).findFirst();
    }
}
