package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Against a live target: a foreign key added without {@code NOT VALID}, or validated, while rows of the table point
 * at keys the referenced table does not hold. PostgreSQL checks every row ({@code RI_Initial_Check} in
 * {@code ri_triggers.c}) and fails with 23503 "insert or update on table ... violates foreign key constraint".
 * A row with a NULL in any key column is not checked (MATCH SIMPLE, the default).
 */
@RuleInfo(id = "foreign-key-violation", severity = Severity.ERROR,
        summary = "ADD FOREIGN KEY or VALIDATE CONSTRAINT on a live target whose rows reference missing keys")
public final class ForeignKeyViolationRule implements Rule {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        Optional<Table> found = context.catalog().resolveTable(alter.table().schema(), alter.table().name())
                .filter(t -> context.rowsKnown(t.name()));
        if (found.isEmpty()) {
            return;
        }
        Table table = found.get();
        for (AlterAction action : alter.actions()) {
            Set<String> changed = TargetRows.changedBefore(alter.actions(), action);
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.FOREIGN_KEY
                    && !add.constraint().notValid() && add.constraint().references().isPresent()) {
                Command.Reference ref = add.constraint().references().get();
                Optional<Table> parent = context.catalog().resolveTable(ref.table().schema(), ref.table().name());
                List<String> columns = add.constraint().columns().stream().map(Ident::name).toList();
                if (parent.isEmpty() || columns.stream().anyMatch(changed::contains)) {
                    continue;
                }
                List<String> referenced = ref.columns().isEmpty() ? primaryKey(context, parent.get().name())
                        : ref.columns().stream().map(Ident::name).toList();
                Span at = add.constraint().name().map(Ident::span).orElse(add.span());
                if (ask(context, table, columns, parent.get(), referenced, at,
                        add.constraint().name().map(Ident::name))) {
                    return;
                }
            } else if (action instanceof AlterAction.ValidateConstraint validate) {
                Optional<Constraint> constraint = context.catalog().constraintsOf(table.name()).stream()
                        .filter(c -> c.name().equals(validate.name().name()) && c.kind() == ConstraintKind.FOREIGN_KEY
                                && !c.validated())
                        .findFirst();
                if (constraint.isPresent() && constraint.get().referencedTable().isPresent()) {
                    Optional<Table> parent = context.catalog().table(constraint.get().referencedTable().get());
                    if (parent.isPresent() && ask(context, table, constraint.get().columns(), parent.get(),
                            constraint.get().referencedColumns(), validate.name().span(),
                            Optional.of(constraint.get().name()))) {
                        return;
                    }
                }
            }
        }
    }

    private static List<String> primaryKey(StatementContext context, QualifiedName table) {
        return context.catalog().constraintsOf(table).stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY)
                .findFirst().map(Constraint::columns).orElse(List.of());
    }

    private static boolean ask(StatementContext context, Table child, List<String> columns, Table parent,
                               List<String> referenced, Span at, Optional<String> name) {
        if (columns.isEmpty() || columns.size() != referenced.size() || !context.rowsKnown(parent.name())) {
            return false;
        }
        List<String> notNull = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            notNull.add("c." + RowCheck.quote(columns.get(i)) + " IS NOT NULL");
            matches.add("p." + RowCheck.quote(referenced.get(i)) + " = c." + RowCheck.quote(columns.get(i)));
        }
        String sql = "SELECT " + String.join(", ", columns.stream().map(c -> "c." + RowCheck.quote(c)).toList())
                + " FROM " + RowCheck.quote(child.name()) + " AS c WHERE " + String.join(" AND ", notNull)
                + " AND NOT EXISTS (SELECT 1 FROM " + RowCheck.quote(parent.name()) + " AS p WHERE "
                + String.join(" AND ", matches) + ")";
        Map<QualifiedName, Set<String>> reads = new LinkedHashMap<>();
        reads.put(child.name(), Set.copyOf(columns));
        reads.computeIfAbsent(parent.name(), k -> new java.util.HashSet<>()).addAll(referenced);
        if (parent.name().equals(child.name())) {
            java.util.Set<String> both = new java.util.HashSet<>(columns);
            both.addAll(referenced);
            reads.put(child.name(), both);
        }
        String listed = String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
        context.checkRows(new RowCheck(child.name(), reads, sql, "row", at,
                "foreign key " + name.map(n -> "\"" + n + "\" ").orElse("") + "on \"" + child.name().name() + "\" ("
                        + listed + ") cannot be validated: {n} of the target reference keys \""
                        + parent.name().name() + "\" does not hold",
                "delete or fix the orphan rows first, or add the constraint NOT VALID and VALIDATE it after the "
                        + "clean-up", FOREIGN_KEY_VIOLATION));
        return true;
    }
}
