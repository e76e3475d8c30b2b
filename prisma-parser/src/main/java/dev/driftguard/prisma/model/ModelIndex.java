package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Span;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @unique}, {@code @@unique}, {@code @@index} or {@code @@fulltext}.
 *
 * @param clientName the {@code name:} argument (the client's name for a compound unique)
 * @param dbName     the {@code map:} argument (the index's name in the database)
 * @param algorithm  the {@code type:} argument: {@code BTree}, {@code Hash}, {@code Gist}, {@code Gin}, {@code SpGist},
 *                   {@code Brin}
 */
public record ModelIndex(Kind kind, List<IndexField> fields, Optional<String> clientName, Optional<String> dbName,
                         Optional<String> algorithm, boolean definedOnField, Span span) {

    public enum Kind {
        UNIQUE("unique"), NORMAL("normal"), FULLTEXT("fulltext");

        private final String dmmfType;

        Kind(String dmmfType) {
            this.dmmfType = dmmfType;
        }

        public String dmmfType() {
            return dmmfType;
        }
    }

    public ModelIndex {
        fields = List.copyOf(fields);
    }

    public List<String> fieldNames() {
        return fields.stream().map(IndexField::name).toList();
    }
}
