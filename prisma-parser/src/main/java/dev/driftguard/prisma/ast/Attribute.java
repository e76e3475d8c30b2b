package dev.driftguard.prisma.ast;

import java.util.List;
import java.util.Optional;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(255)}) or block attribute ({@code @@index([a])}).
 *
 * @param name the name without its {@code @} or {@code @@}, e.g. {@code id}, {@code db.VarChar}, {@code index}
 * @param span the whole attribute, from its {@code @}
 */
public record Attribute(Name name, List<Argument> arguments, Span span) {

    public Attribute {
        arguments = List.copyOf(arguments);
    }

    /** The argument called {@code argumentName}, or the first positional one when {@code positional} and none is named so. */
    public Optional<Argument> argument(String argumentName, boolean positional) {
        Optional<Argument> named = arguments.stream().filter(a -> a.isNamed(argumentName)).findFirst();
        if (named.isPresent() || !positional) {
            return named;
        }
        return arguments.stream().filter(a -> a.name().isEmpty()).findFirst();
    }

    public Optional<Expression> value(String argumentName, boolean positional) {
        return argument(argumentName, positional).map(Argument::value);
    }
}
