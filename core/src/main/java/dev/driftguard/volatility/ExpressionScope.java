package dev.driftguard.volatility;

import dev.driftguard.catalog.CatalogView;
import java.util.Map;

/**
 * What an expression can see: the columns of the table it belongs to (name to type as {@code format_type} prints
 * it), the catalog for user functions and types, and the server major whose built-in volatility applies.
 */
public record ExpressionScope(Map<String, String> columnTypes, CatalogView catalog, int serverMajor) {
    public ExpressionScope {
        columnTypes = Map.copyOf(columnTypes);
    }
}
