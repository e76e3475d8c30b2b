package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;
import java.util.Optional;

/** A statement names a table that neither the target nor an earlier migration has. */
@RuleInfo(id = "missing-relation", severity = Severity.ERROR,
        summary = "A statement uses a table or view that does not exist in the target at that point of the history")
public final class MissingRelationRule implements Rule {

    private static final String UNDEFINED_TABLE = "42P01";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateIndex c) {
            checkTable(context, c.table());
        } else if (command instanceof Command.AlterTable c && !c.ifExists()) {
            if (checkTable(context, c.table())) {
                c.actions().stream()
                        .filter(Command.AlterAction.AddConstraint.class::isInstance)
                        .map(a -> ((Command.AlterAction.AddConstraint) a).constraint())
                        .forEach(def -> def.references().ifPresent(r -> check(context, r.table())));
            }
        } else if (command instanceof Command.CreateTable c) {
            c.like().forEach(like -> check(context, like.source()));
            QualifiedName self = QualifiedName.of(c.name().schema().orElse(""), c.name().name());
            c.constraints().forEach(def -> def.references().ifPresent(r -> checkReference(context, r.table(), self)));
            c.columns().forEach(col -> col.inline().forEach(def ->
                    def.references().ifPresent(r -> checkReference(context, r.table(), self))));
        } else if (command instanceof Command.DropTable c && !c.ifExists()) {
            c.names().forEach(n -> checkTable(context, n));
        } else if (command instanceof Command.DataChange c && c.table().isPresent()) {
            checkTable(context, c.table().get());
        } else if (command instanceof Command.LockTable c) {
            c.tables().forEach(n -> checkTable(context, n));
        } else if (command instanceof Command.Truncate c) {
            c.names().forEach(n -> checkTable(context, n));
        } else if (command instanceof Command.CreateTrigger c) {
            check(context, c.table());
        } else if (command instanceof Command.CreatePolicy c) {
            checkTable(context, c.table());
        } else if (command instanceof Command.AlterPolicy c) {
            checkTable(context, c.table());
        } else if (command instanceof Command.DropPolicy c && !c.ifExists()) {
            checkTable(context, c.table());
        }
    }

    /** A table may reference itself while it is being created. */
    private static void checkReference(StatementContext context, SqlName referenced, QualifiedName self) {
        boolean selfReference = referenced.name().equals(self.name())
                && (referenced.schema().isEmpty() || self.schema().isEmpty()
                || referenced.schema().get().equals(self.schema()));
        if (!selfReference) {
            check(context, referenced);
        }
    }

    /**
     * A name that finds an index or a sequence does not find nothing: PostgreSQL accepts it where any relation will
     * do (ALTER TABLE ... RENAME TO, SELECT from a sequence) and otherwise refuses its kind with 42809, which
     * wrong-object-kind reports.
     *
     * @return whether the name is a table or view
     */
    private static boolean checkTable(StatementContext context, SqlName name) {
        boolean otherKind = RelationNamespace.resolve(context.catalog(), name)
                .filter(r -> r.kind() == RelationNamespace.Kind.INDEX || r.kind() == RelationNamespace.Kind.SEQUENCE)
                .isPresent();
        return !otherKind && check(context, name);
    }

    private static boolean check(StatementContext context, SqlName name) {
        CatalogView catalog = context.catalog();
        if (catalog.resolveTable(name.schema(), name.name()).isPresent()) {
            return true;
        }
        // Only on the error path: a case-only mismatch is the most common cause and worth naming.
        Optional<String> elsewhere = catalog.tables().stream()
                .map(t -> t.name().name())
                .filter(n -> n.equalsIgnoreCase(name.name()) && !n.equals(name.name()))
                .findFirst();
        String hint = elsewhere.map(n -> "; a table \"" + n + "\" exists: identifiers are case-sensitive when quoted")
                .orElse("");
        context.reportFailure(name.span(),
                "relation \"" + name.display() + "\" does not exist: neither the target nor an earlier migration "
                        + "creates it" + hint,
                "create \"" + name.display() + "\" in an earlier migration, or drop this statement if the table is "
                        + "not meant to exist on this database",
                UNDEFINED_TABLE);
        return false;
    }
}
