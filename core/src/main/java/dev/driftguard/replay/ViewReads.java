package dev.driftguard.replay;

import dev.driftguard.catalog.PolicyDependency;
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
 * What a view, or a row-level security policy, created during replay reads, resolved against the catalog as it
 * stands before it: the relations of its query, and each column mention placed on the one relation it can belong to.
 * PostgreSQL expands {@code *} when the view is created, so a star reads every column the relation has then. A
 * policy's expressions read its own table's columns unqualified, beside the relations of their subqueries.
 */
final class ViewReads {

    private ViewReads() {
    }

    /** One relation, or one column of it, read. */
    private record Read(QualifiedName relation, Optional<String> column) {
    }

    /** The dependencies, with a placeholder view name (the caller knows the view's resolved name). */
    static List<ViewDependency> of(CatalogState state, Command.CreateView view, String text, SqlStatement statement) {
        QualifiedName self = QualifiedName.of("", view.name().name());
        return ViewQuery.of(text, statement.span())
                .map(query -> reads(state, query, Optional.empty()).stream()
                        .map(r -> new ViewDependency(self, r.relation(), r.column())).toList())
                .orElse(List.of());
    }

    /** What the expressions of a {@code CREATE POLICY} or {@code ALTER POLICY} on {@code table} read. */
    static List<PolicyDependency> ofPolicy(CatalogState state, Table table, String policy, String text,
                                           SqlStatement statement) {
        return ViewQuery.ofPolicy(text, statement.span())
                .map(query -> reads(state, query, Optional.of(table)).stream()
                        .map(r -> new PolicyDependency(table.name(), policy, r.relation(), r.column())).toList())
                .orElse(List.of());
    }

    private static List<Read> reads(CatalogState state, ViewQuery query, Optional<Table> own) {
        List<Scoped> relations = new ArrayList<>();
        own.ifPresent(t -> relations.add(new Scoped(t, t.name().name())));
        for (ViewQuery.RelationRef ref : query.relations()) {
            state.resolveTable(ref.name().schema(), ref.name().name())
                    .ifPresent(t -> relations.add(new Scoped(t, ref.alias().orElse(t.name().name()))));
        }
        Set<Read> reads = new LinkedHashSet<>();
        for (Scoped r : relations) {
            if (own.isEmpty() || r.table() != own.get()) {
                reads.add(new Read(r.table().name(), Optional.empty()));
            }
        }
        for (ViewQuery.ColumnMention mention : query.columns()) {
            List<Scoped> owners = relations.stream()
                    .filter(r -> mention.qualifier().map(q -> q.equals(r.label())).orElse(true))
                    .filter(r -> r.table().column(mention.column()).isPresent())
                    .toList();
            // Two relations with the column and no qualifier: PostgreSQL would call it ambiguous, or it belongs to a
            // subquery's scope the reading does not follow. Either way, claim nothing.
            if (owners.size() == 1) {
                reads.add(new Read(owners.get(0).table().name(), Optional.of(mention.column())));
            }
        }
        for (Optional<String> star : query.stars()) {
            relations.stream().filter(r -> star.map(q -> q.equals(r.label())).orElse(true))
                    .forEach(r -> r.table().columns().forEach(c ->
                            reads.add(new Read(r.table().name(), Optional.of(c.name())))));
        }
        return List.copyOf(reads);
    }

    private record Scoped(Table table, String label) {
    }
}
