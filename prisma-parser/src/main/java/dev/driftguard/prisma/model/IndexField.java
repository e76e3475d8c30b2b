package dev.driftguard.prisma.model;

import java.util.Optional;

/**
 * A field of an index or key, with {@code sort:}, {@code length:} and {@code ops:} when given.
 *
 * @param operatorClass as written: Prisma's name such as {@code JsonbPathOps}, or the text of {@code raw("...")}
 */
public record IndexField(String name, Optional<String> sort, Optional<Integer> length,
                         Optional<String> operatorClass) {

    public static IndexField of(String name) {
        return new IndexField(name, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
