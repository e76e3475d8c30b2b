package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.SqlStatement;
import java.util.Optional;

/**
 * An enum label that is not there: renamed, used as the neighbour of a new label, or used as a column's default. The
 * default case is the classic one: a Prisma model's {@code @default(X)} outlives the enum value it named.
 */
@RuleInfo(id = "missing-enum-value", severity = Severity.ERROR,
        summary = "A statement uses an enum label the enum does not have at that point of the history")
public final class MissingEnumValueRule implements Rule {

    private static final String INVALID_PARAMETER_VALUE = "22023";
    private static final String INVALID_TEXT_REPRESENTATION = "22P02";
    private static final String UNSAFE_NEW_ENUM_VALUE_USAGE = "55P04";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.RenameEnumValue c) {
            enumOf(context, c.type()).filter(e -> !e.values().contains(c.from()))
                    .ifPresent(e -> reportLabel(context, e, c.from(), c.fromSpan()));
        } else if (command instanceof Command.AddEnumValue c) {
            enumOf(context, c.type()).ifPresent(e -> {
                if (c.ifNotExists() && e.values().contains(c.value())) {
                    return; // PostgreSQL skips the statement before it looks at the neighbour.
                }
                c.before().or(c::after).filter(n -> !e.values().contains(n))
                        .ifPresent(n -> reportLabel(context, e, n, neighbourSpan(context, c, n)));
            });
        } else if (command instanceof Command.CreateTable c) {
            for (Command.ColumnDef col : c.columns()) {
                if (checkDefault(context, col)) {
                    return;
                }
            }
        } else if (command instanceof Command.AlterTable c) {
            Optional<Table> table = context.catalog().resolveTable(c.table().schema(), c.table().name());
            if (table.isEmpty()) {
                return;
            }
            for (AlterAction action : c.actions()) {
                if (action instanceof AlterAction.AddColumn add && checkDefault(context, add.column())) {
                    return;
                }
                if (action instanceof AlterAction.SetDefault set) {
                    Optional<EnumType> type = table.get().column(set.column().name())
                            .flatMap(col -> enumOfFormatted(context, col.type()));
                    if (type.isPresent() && checkDefault(context, type.get(), set.value())) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean checkDefault(StatementContext context, Command.ColumnDef column) {
        if (column.defaultValue().isEmpty() || column.type().arrayDims() > 0) {
            return false;
        }
        Optional<EnumType> type = context.catalog().resolveEnum(column.type().schema(), column.type().name());
        return type.isPresent() && checkDefault(context, type.get(), column.defaultValue().get());
    }

    /** Reports a string-literal default that is not a label of {@code type}; true when it did. */
    private static boolean checkDefault(StatementContext context, EnumType type, Expr value) {
        Expr literal = value;
        if (value instanceof Expr.Cast cast) {
            boolean sameType = cast.type().arrayDims() == 0 && context.catalog()
                    .resolveEnum(cast.type().schema(), cast.type().name()).filter(type::equals).isPresent();
            if (!sameType) {
                return false;
            }
            literal = cast.operand();
        }
        if (!(literal instanceof Expr.Literal l) || l.kind() != Expr.Literal.Kind.STRING) {
            return false;
        }
        if (type.values().contains(l.value())) {
            if (addedInThisMigration(context, type, l.value())) {
                context.reportFailure(l.span(),
                        "unsafe use of new value \"" + l.value() + "\" of enum type \"" + type.name().name() + "\": "
                                + "an earlier statement of this migration adds the label, and PostgreSQL does not let "
                                + "a transaction use a label it added until it commits",
                        "move this statement into the next migration, so that the label is committed first",
                        UNSAFE_NEW_ENUM_VALUE_USAGE);
                return true;
            }
            return false;
        }
        context.reportFailure(l.span(),
                "invalid input value for enum \"" + type.name().name() + "\": \"" + l.value() + "\" is not one of its "
                        + "labels " + type.values() + ", and PostgreSQL checks a default when the statement runs",
                "use an existing label as the default, or add the label (ALTER TYPE ... ADD VALUE) in an earlier "
                        + "migration: a label added in the same migration cannot be used before it commits",
                INVALID_TEXT_REPRESENTATION);
        return true;
    }

    /**
     * True when an earlier statement of this migration (one transaction) adds {@code label} to {@code type}, even to a
     * type created in the same transaction: only the labels of CREATE TYPE itself are usable at once. With
     * IF NOT EXISTS the label may have been there already, so such a statement does not count.
     */
    private static boolean addedInThisMigration(StatementContext context, EnumType type, String label) {
        for (SqlStatement earlier : context.migration().script().statements()) {
            if (earlier == context.statement()) {
                break;
            }
            if (earlier.command() instanceof Command.AddEnumValue c && !c.ifNotExists() && c.value().equals(label)
                    && namesType(context, c.type(), type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesType(StatementContext context, SqlName name, EnumType type) {
        return name.name().equals(type.name().name())
                && name.schema().or(() -> CreationSchema.of(context.catalog(), Optional.empty()))
                .map(s -> s.equals(type.name().schema())).orElse(false);
    }

    private static Optional<EnumType> enumOf(StatementContext context, SqlName type) {
        return context.catalog().resolveEnum(type.schema(), type.name());
    }

    /** The enum a column type of the catalog model names, e.g. {@code "Role"}; arrays and qualified types excluded. */
    private static Optional<EnumType> enumOfFormatted(StatementContext context, String formatted) {
        if (formatted.endsWith("]")) {
            return Optional.empty();
        }
        String name = formatted.startsWith("\"") && formatted.endsWith("\"") && formatted.length() > 1
                ? formatted.substring(1, formatted.length() - 1).replace("\"\"", "\"")
                : formatted;
        if (!formatted.startsWith("\"") && name.contains(".")) {
            return Optional.empty();
        }
        return context.catalog().resolveEnum(Optional.empty(), name);
    }

    /** The neighbour's literal in the statement; the statement's new label when it cannot be found. */
    private static Span neighbourSpan(StatementContext context, Command.AddEnumValue command, String neighbour) {
        String text = context.statement().text();
        String quoted = "'" + neighbour.replace("'", "''") + "'";
        int at = text.lastIndexOf(quoted);
        if (at < 0) {
            return command.valueSpan();
        }
        int start = context.statement().span().start() + at;
        return new Span(start, start + quoted.length());
    }

    private static void reportLabel(StatementContext context, EnumType type, String label, Span span) {
        context.reportFailure(span,
                "\"" + label + "\" is not an existing enum label of \"" + type.name().name() + "\" (its labels are "
                        + type.values() + ")",
                "correct the label (labels are case-sensitive), or create it in an earlier migration",
                INVALID_PARAMETER_VALUE);
    }
}
