package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.List;
import java.util.Set;

/**
 * A primary key of a 32- or 16-bit type ({@code serial}, {@code integer}, {@code smallint}): it runs out at
 * 2,147,483,647 (or 32,767), and widening it later rewrites the table and every referencing one under ACCESS
 * EXCLUSIVE locks. Cheap to get right while the table is new, which is exactly when this rule speaks. Quiet for DDL
 * Prisma generated: {@code Int @id @default(autoincrement())} is Prisma's documented default, and the place to change
 * it is the schema ({@code BigInt}).
 */
@RuleInfo(id = "integer-primary-key", severity = Severity.WARNING,
        summary = "A serial, integer or smallint primary key runs out of values; widening it later rewrites the table")
public final class IntegerPrimaryKeyRule implements Rule {

    private static final Set<String> NARROW = Set.of("serial", "smallserial", "integer", "smallint");

    @Override
    public void checkStatement(StatementContext context) {
        if (PrismaGenerated.statement(context)) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable create) {
            List<String> keyColumns = create.constraints().stream()
                    .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY && c.columns().size() == 1)
                    .map(c -> c.columns().get(0).name()).toList();
            create.columns().stream()
                    .filter(c -> keyColumns.contains(c.name().name()) || inlineKey(c))
                    .forEach(c -> check(context, c));
        } else if (command instanceof Command.AlterTable alter) {
            alter.actions().stream().filter(AlterAction.AddColumn.class::isInstance)
                    .map(a -> ((AlterAction.AddColumn) a).column())
                    .filter(IntegerPrimaryKeyRule::inlineKey)
                    .forEach(c -> check(context, c));
        }
    }

    private static boolean inlineKey(Command.ColumnDef column) {
        return column.inline().stream().anyMatch(c -> c.kind() == ConstraintKind.PRIMARY_KEY);
    }

    private static void check(StatementContext context, Command.ColumnDef column) {
        if (column.type().arrayDims() > 0 || !NARROW.contains(column.type().name())) {
            return;
        }
        boolean small = column.type().name().startsWith("small");
        context.report(column.type().span(),
                "primary key \"" + column.name().name() + "\" is " + column.type().name() + ": it runs out after "
                        + (small ? "32,767" : "2,147,483,647") + " rows, and widening it then rewrites the table and "
                        + "every table that references it under ACCESS EXCLUSIVE locks",
                "use bigint GENERATED ALWAYS AS IDENTITY (with Prisma: BigInt @id @default(autoincrement())), or a "
                        + "uuid");
    }
}
