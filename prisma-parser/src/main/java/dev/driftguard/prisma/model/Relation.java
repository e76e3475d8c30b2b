package dev.driftguard.prisma.model;

import java.util.List;
import java.util.Optional;

/**
 * One side of a relation, on its relation field.
 *
 * @param name       the relation's name: given with {@code @relation("...")} or derived from the two model names
 * @param model      the model on the other side
 * @param fields     the scalar fields that hold the foreign key, on the side that has them
 * @param references the fields they reference on {@code model}
 * @param onDelete   the referential action as written ({@code Cascade}, {@code SetNull}, ...), when written
 * @param map        the foreign key's name given with {@code map:}
 */
public record Relation(String name, String model, List<String> fields, List<String> references,
                       Optional<String> onDelete, Optional<String> onUpdate, Optional<String> map) {

    public Relation {
        fields = List.copyOf(fields);
        references = List.copyOf(references);
    }

    /** True on the side that holds the foreign key. */
    public boolean holdsForeignKey() {
        return !fields.isEmpty();
    }
}
