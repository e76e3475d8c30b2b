package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.TypeName;
import java.util.Optional;

/**
 * A column of a type PostgreSQL has a better replacement for: {@code char(n)} (pads with blanks), {@code varchar(n)}
 * (a limit that can only grow by ALTER; {@code text} with a CHECK costs nothing), {@code timestamp without time zone}
 * (loses the time zone; {@code timestamptz} stores an instant). Information only, and quiet for DDL Prisma generated:
 * Prisma maps {@code DateTime} to {@code timestamp(3)} and {@code @db.VarChar(n)} on purpose, and the place to change
 * that is the schema ({@code @db.Timestamptz(3)}), not the generated SQL.
 */
@RuleInfo(id = "discouraged-column-type", severity = Severity.INFO,
        summary = "char(n), varchar(n) or timestamp without time zone where text or timestamptz serves better")
public final class DiscouragedColumnTypeRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (PrismaGenerated.statement(context)) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable create) {
            create.columns().forEach(c -> check(context, c.type()));
        } else if (command instanceof Command.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    check(context, add.column().type());
                } else if (action instanceof AlterAction.AlterColumnType change) {
                    check(context, change.type());
                }
            }
        }
    }

    private static void check(StatementContext context, TypeName type) {
        advice(type).ifPresent(advice -> context.report(type.span(), type.text() + ": " + advice[0], advice[1]));
    }

    /** Message and fix for a discouraged type. */
    private static Optional<String[]> advice(TypeName type) {
        return switch (type.name()) {
            case "character" -> Optional.of(new String[] {
                    "char(n) pads values with blanks and is no faster than text",
                    "use text (with a CHECK (length(col) = n) if the length matters)"});
            case "character varying" -> type.modifiers().isEmpty() ? Optional.empty() : Optional.of(new String[] {
                    "varchar(n) is no faster than text, and raising n later needs an ACCESS EXCLUSIVE lock",
                    "use text, with a CHECK (length(col) <= n) NOT VALID constraint if the limit matters"});
            case "timestamp without time zone" -> Optional.of(new String[] {
                    "timestamp without time zone stores a wall-clock time, not an instant: values shift when the "
                            + "application's or server's time zone changes",
                    "use timestamptz (timestamp with time zone), which stores an instant"});
            default -> Optional.empty();
        };
    }
}
