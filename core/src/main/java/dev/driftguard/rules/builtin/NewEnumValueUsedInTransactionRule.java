package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enum value added by {@code ALTER TYPE ... ADD VALUE} and used before the transaction commits: PostgreSQL 12 and
 * later reject it with {@code 55P04 unsafe use of new value}. A Prisma migration is one transaction, so the classic
 * case is {@code ADD VALUE 'ADMIN'} followed by {@code SET DEFAULT 'ADMIN'} in the same file. This holds even
 * for an enum created in the same transaction (only the values {@code CREATE TYPE} listed are safe). Before PostgreSQL 12 the {@code ADD VALUE} itself fails inside a
 * transaction block, with {@code 25001}.
 */
@RuleInfo(id = "new-enum-value-used-in-transaction", severity = Severity.ERROR,
        summary = "An enum value added in a migration is used in the same migration (55P04 unsafe use of new value)")
public final class NewEnumValueUsedInTransactionRule implements Rule {

    private static final String UNSAFE_NEW_ENUM_VALUE_USAGE = "55P04";
    private static final String ACTIVE_SQL_TRANSACTION = "25001";
    private static final String FIX = "move the statements that use the new value to a later migration, so that "
            + "ADD VALUE commits first";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.AddEnumValue add && context.targetMajor() < 12) {
            checkOldServer(context, add);
            return;
        }
        if (!(command instanceof Command.DataChange || command instanceof Command.AlterTable
                || command instanceof Command.CreateTable)) {
            return;
        }
        for (Command c : EarlierStatements.inTransaction(context)) {
            if (c instanceof Command.AddEnumValue add) {
                Optional<EnumType> type = context.catalog().resolveEnum(add.type().schema(), add.type().name());
                if (type.isPresent() && context.enumValueAddedInCurrentMigration(type.get().name(), add.value())) {
                    Optional<Span> use = command instanceof Command.DataChange change
                            ? useInDataChange(context, change, type.get(), add.value())
                            : useInDdl(context, command, type.get(), add.value());
                    if (use.isPresent()) {
                        context.reportFailure(use.get(),
                                "enum value '" + add.value() + "' is added to \"" + add.type().display() + "\" earlier "
                                        + "in this migration and used before the migration's transaction commits: "
                                        + "PostgreSQL fails with \"unsafe use of new value\"", FIX,
                                UNSAFE_NEW_ENUM_VALUE_USAGE);
                        return;
                    }
                }
            }
        }
    }

    private static void checkOldServer(StatementContext context, Command.AddEnumValue add) {
        boolean inTransaction = context.migration().runsInTransaction()
                || EarlierStatements.inExplicitTransaction(context);
        if (inTransaction) {
            context.reportFailure(add.valueSpan(),
                    "before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block, and a "
                            + "migration of several statements runs as one",
                    "put the ALTER TYPE ... ADD VALUE alone in its own migration", ACTIVE_SQL_TRANSACTION);
        }
    }

    /** A default or a comparison of an enum column with the literal value. */
    private static Optional<Span> useInDdl(StatementContext context, Command command, EnumType type, String value) {
        if (command instanceof Command.AlterTable alter) {
            Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.SetDefault set && table.isPresent()
                        && table.get().column(set.column().name()).filter(c -> ofType(c.type(), type)).isPresent()) {
                    Optional<Span> literal = literal(set.value(), value);
                    if (literal.isPresent()) {
                        return literal;
                    }
                } else if (action instanceof AlterAction.AddColumn add) {
                    Optional<Span> literal = defaultOf(add.column(), type, value);
                    if (literal.isPresent()) {
                        return literal;
                    }
                }
            }
        } else if (command instanceof Command.CreateTable create) {
            for (Command.ColumnDef column : create.columns()) {
                Optional<Span> literal = defaultOf(column, type, value);
                if (literal.isPresent()) {
                    return literal;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> defaultOf(Command.ColumnDef column, EnumType type, String value) {
        if (column.type().arrayDims() == 0 && ofType(column.type().formatted(), type)) {
            return column.defaultValue().flatMap(d -> literal(d, value));
        }
        return Optional.empty();
    }

    /** The literal itself, or cast to a type: {@code 'ADMIN'}, {@code 'ADMIN'::"Role"}. */
    private static Optional<Span> literal(Expr expr, String value) {
        Expr inner = expr instanceof Expr.Cast cast ? cast.operand() : expr;
        return inner instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.STRING && l.value().equals(value)
                ? Optional.of(l.span()) : Optional.empty();
    }

    /**
     * {@code col = 'VALUE'} (also {@code <>}) in an {@code UPDATE} or {@code DELETE} on a table whose column {@code col}
     * has the enum type: the statement model keeps no expressions of data changes, so this reads the text.
     */
    private static Optional<Span> useInDataChange(StatementContext context, Command.DataChange change, EnumType type,
                                                  String value) {
        if (change.table().isEmpty() || change.kind() == Command.DataChange.Kind.SELECT) {
            return Optional.empty();
        }
        Optional<Table> table = context.catalog().resolveTable(change.table().get().schema(),
                change.table().get().name());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String text = context.statement().text();
        for (Column column : table.get().columns()) {
            if (!ofType(column.type(), type)) {
                continue;
            }
            String name = column.name().equals(column.name().toLowerCase(java.util.Locale.ROOT))
                    ? "\"?" + Pattern.quote(column.name()) + "\"?" : "\"" + Pattern.quote(column.name()) + "\"";
            Matcher m = Pattern.compile("(?<![\\w\"])" + name + "\\s*(?:=|<>|!=)\\s*('" + Pattern.quote(value.replace("'", "''"))
                    + "')").matcher(text);
            if (m.find()) {
                int start = context.statement().span().start() + m.start(1);
                return Optional.of(new Span(start, start + m.group(1).length()));
            }
        }
        return Optional.empty();
    }

    private static boolean ofType(String columnType, EnumType type) {
        String bare = columnType.contains(".") ? columnType.substring(columnType.lastIndexOf('.') + 1) : columnType;
        return bare.replace("\"", "").equals(type.name().name());
    }
}
