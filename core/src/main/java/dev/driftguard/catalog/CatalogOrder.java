package dev.driftguard.catalog;

import java.util.Comparator;
import java.util.List;

/**
 * The one order catalog lists are kept in when written or introspected, so two snapshots of the same database are
 * byte-identical and their diffs show only real changes. Orders PostgreSQL gives meaning to (columns, enum labels,
 * the search path, function arguments) are kept as they are.
 */
final class CatalogOrder {

    private CatalogOrder() {
    }

    static Catalog canonical(Catalog c) {
        return new Catalog(c.serverVersion(), c.searchPath(), sorted(c.schemas(), Comparator.naturalOrder()),
                sorted(c.tables(), Comparator.comparing(Table::name)),
                sorted(c.indexes(), Comparator.comparing(Index::name).thenComparing(Index::table)),
                sorted(c.constraints(), Comparator.comparing(Constraint::table).thenComparing(Constraint::name)),
                sorted(c.enums(), Comparator.comparing(EnumType::name)),
                sorted(c.domains(), Comparator.comparing(Domain::name)),
                sorted(c.sequences(), Comparator.comparing(Sequence::name)),
                sorted(c.extensions(), Comparator.comparing(Extension::name)),
                c.availableExtensions().map(a -> sorted(a, Comparator.comparing(AvailableExtension::name))),
                sorted(c.functions(), Comparator.comparing(Function::name)
                        .thenComparing(f -> String.join(",", f.argumentTypes()))),
                c.viewDependencies().map(d -> sorted(d, Comparator.comparing(ViewDependency::view)
                        .thenComparing(ViewDependency::relation)
                        .thenComparing(v -> v.column().orElse("")))),
                c.policyDependencies().map(d -> sorted(d, Comparator.comparing(PolicyDependency::table)
                        .thenComparing(PolicyDependency::policy)
                        .thenComparing(PolicyDependency::relation)
                        .thenComparing(p -> p.column().orElse("")))));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        return list.stream().sorted(order).toList();
    }
}
