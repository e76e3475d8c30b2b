package dev.driftguard.catalog;

import java.util.List;

/**
 * A user-defined function or procedure.
 *
 * @param argumentTypes input argument types as {@code format_type} prints them
 */
public record Function(QualifiedName name, List<String> argumentTypes, String returnType, Volatility volatility,
                       String language) {
    public Function {
        argumentTypes = List.copyOf(argumentTypes);
    }
}
