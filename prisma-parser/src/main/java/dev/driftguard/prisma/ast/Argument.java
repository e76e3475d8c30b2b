package dev.driftguard.prisma.ast;

import java.util.Optional;

/** A positional ({@code "x"}) or named ({@code map: "x"}) argument. */
public record Argument(Optional<Name> name, Expression value, Span span) {

    public boolean isNamed(String argumentName) {
        return name.map(n -> n.text().equals(argumentName)).orElse(false);
    }
}
