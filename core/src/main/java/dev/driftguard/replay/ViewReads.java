package dev.driftguard.replay;

import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.catalog.ViewDependency;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.sql.ViewQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a view created during replay reads, resolved against the catalog as it stands before the view: the relations
 * of its query, and each column mention placed on the one relation it can belong to. PostgreSQL expands {@code *}
 * when the view is created, so a star reads every column the relation has then.
 */
final class ViewReads {

    private ViewReads() {
    }

    /** The dependencies, with a placeholder view name (the caller knows the view's resolved name). */
    static List<ViewDependency> of(CatalogState state, Command.CreateView view, String text, SqlStatement statement) {
        Optional<ViewQuery> query = ViewQuery.of(text, statement.span());
        if (query.isEmpty()) {
            return List.of();
        }
        QualifiedName self = QualifiedName.of("", view.name().name());
        List<Scoped> relations = new ArrayList<>();
        for (ViewQuery.RelationRef ref : query.get().relations()) {
            state.resolveTable(ref.name().schema(), ref.name().name())
                    .ifPresent(t -> relations.add(new Scoped(t, ref.alias().orElse(t.name().name()))));
        }
        Set<ViewDependency> reads = new LinkedHashSet<>();
        for (Scoped r : relations) {
            reads.add(new ViewDependency(self, r.table().name(), Optional.empty()));
        }
        for (ViewQuery.ColumnMention mention : query.get().columns()) {
            List<Scoped> owners = relations.stream()
                    .filter(r -> mention.qualifier().map(q -> q.equals(r.label())).orElse(true))
                    .filter(r -> r.table().column(mention.column()).isPresent())
                    .toList();
            // Two relations with the column and no qualifier: PostgreSQL would call it ambiguous, or it belongs to a
            // subquery's scope the reading does not follow. Either way, claim nothing.
            if (owners.size() == 1) {
                reads.add(new ViewDependency(self, owners.get(0).table().name(), Optional.of(mention.column())));
            }
        }
        for (Optional<String> star : query.get().stars()) {
            relations.stream().filter(r -> star.map(q -> q.equals(r.label())).orElse(true))
                    .forEach(r -> r.table().columns().forEach(c ->
                            reads.add(new ViewDependency(self, r.table().name(), Optional.of(c.name())))));
        }
        return List.copyOf(reads);
    }

    private record Scoped(Table table, String label) {
    }
}
