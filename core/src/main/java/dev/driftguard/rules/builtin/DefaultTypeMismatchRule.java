package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.volatility.TypeCoercions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column default PostgreSQL cannot store in the column. The default is coerced to the column's type when the
 * statement runs ({@code cookDefault} in {@code heap.c}): an expression of a type with no assignment cast to it fails
 * with 42804 ("column ... is of type integer but default expression is of type boolean"), and a string literal is read
 * by the type's input function, so one that does not parse fails with 22P02. Only expressions whose type is certain
 * (literals, casts, the SQL value functions, {@code now()}, {@code gen_random_uuid()}) are judged; enum labels are
 * {@code missing-enum-value}'s.
 */
@RuleInfo(id = "default-type-mismatch", severity = Severity.ERROR,
        summary = "A column default whose type cannot be assigned to the column, or a literal its type does not read")
public final class DefaultTypeMismatchRule implements Rule {

    private static final String DATATYPE_MISMATCH = "42804";
    private static final String INVALID_TEXT_REPRESENTATION = "22P02";

    private static final Map<String, String> VALUE_FUNCTIONS = Map.of(
            "CURRENT_TIMESTAMP", "timestamp with time zone", "CURRENT_DATE", "date",
            "LOCALTIMESTAMP", "timestamp without time zone", "CURRENT_TIME", "time with time zone",
            "LOCALTIME", "time without time zone", "CURRENT_USER", "name", "SESSION_USER", "name", "USER", "name");
    private static final Map<String, String> FUNCTIONS = Map.of("now", "timestamp with time zone",
            "gen_random_uuid", "uuid", "clock_timestamp", "timestamp with time zone",
            "statement_timestamp", "timestamp with time zone", "transaction_timestamp", "timestamp with time zone");
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    /** Before PostgreSQL 16 integers are decimal digits only. */
    private static final Pattern DECIMAL_INTEGER = Pattern.compile("\\s*[-+]?[0-9]+\\s*");
    /** From 16 on, also hexadecimal, octal and binary literals and underscores between digits. */
    private static final Pattern INTEGER_16 = Pattern.compile(
            "\\s*[-+]?(0[xX](_?[0-9a-fA-F])+|0[oO](_?[0-7])+|0[bB](_?[01])+|[0-9](_?[0-9])*)\\s*");
    private static final Pattern UUID_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        TypeCoercions coercions = new TypeCoercions(context.catalog(), context.targetMajor());
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable create) {
            for (Command.ColumnDef column : create.columns()) {
                if (column.defaultValue().isPresent() && check(context, coercions, column.name().name(),
                        column.type().formatted(), column.defaultValue().get())) {
                    return;
                }
            }
        } else if (command instanceof Command.AlterTable alter) {
            Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add && add.column().defaultValue().isPresent()
                        && check(context, coercions, add.column().name().name(), add.column().type().formatted(),
                        add.column().defaultValue().get())) {
                    return;
                }
                if (action instanceof AlterAction.SetDefault set && table.isPresent()) {
                    // A type change earlier in the statement is applied before the default is set.
                    Optional<String> type = alter.actions().stream()
                            .filter(a -> a instanceof AlterAction.AlterColumnType t
                                    && t.column().name().equals(set.column().name()))
                            .map(a -> ((AlterAction.AlterColumnType) a).type().formatted()).reduce((a, b) -> b)
                            .or(() -> table.get().column(set.column().name()).map(Column::type));
                    if (type.isPresent() && check(context, coercions, set.column().name(), type.get(), set.value())) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean check(StatementContext context, TypeCoercions coercions, String column,
                                 String columnType, Expr value) {
        Optional<String> target = coercions.resolve(columnType);
        if (target.isEmpty() || columnType.endsWith("]")) {
            return false;
        }
        Expr bare = value;
        while (bare instanceof Expr.UnaryOp u && (u.operator().equals("-") || u.operator().equals("+"))
                && u.operand() instanceof Expr.Literal) {
            bare = u.operand();
        }
        if (bare instanceof Expr.Literal literal && literal.kind() == Expr.Literal.Kind.STRING) {
            if (!readable(literal.value(), target.get(), context.targetMajor())) {
                context.reportFailure(value.span(), "invalid input syntax for type " + target.get() + ": \""
                                + literal.value() + "\" (the default of column \"" + column + "\")",
                        "write a default the type reads, e.g. " + example(target.get()), INVALID_TEXT_REPRESENTATION);
                return true;
            }
            return false;
        }
        Optional<String> source = typeOf(bare, coercions);
        if (source.isEmpty() || source.get().equals(target.get()) || coercions.assignment(source.get(), target.get())) {
            return false;
        }
        context.reportFailure(value.span(), "column \"" + column + "\" is of type " + columnType
                        + " but default expression is of type " + source.get(),
                "write a default of the column's type, or cast it: (...)::" + columnType, DATATYPE_MISMATCH);
        return true;
    }

    private static Optional<String> typeOf(Expr value, TypeCoercions coercions) {
        if (value instanceof Expr.Literal literal) {
            return switch (literal.kind()) {
                case BOOLEAN -> Optional.of("boolean");
                case INTEGER -> Optional.of(integerType(literal.value()));
                case NUMERIC -> Optional.of("numeric");
                default -> Optional.empty();
            };
        }
        if (value instanceof Expr.Cast cast) {
            return cast.type().arrayDims() > 0 ? Optional.empty() : coercions.resolve(cast.type().formatted());
        }
        if (value instanceof Expr.SqlValueFunction f) {
            return Optional.ofNullable(VALUE_FUNCTIONS.get(f.keyword().toUpperCase(Locale.ROOT)));
        }
        if (value instanceof Expr.FunctionCall call && call.arguments().isEmpty() && call.name().schema().isEmpty()) {
            return Optional.ofNullable(FUNCTIONS.get(call.name().name()));
        }
        return Optional.empty();
    }

    /** An integer literal is {@code integer} when it fits, else {@code bigint}, else {@code numeric}, as in PostgreSQL. */
    private static String integerType(String digits) {
        try {
            long v = Long.parseLong(digits.replace("_", ""));
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? "integer" : "bigint";
        } catch (NumberFormatException e) {
            return "numeric";
        }
    }

    /** Whether the type's input function reads the literal; types not listed here are never judged. */
    private static boolean readable(String text, String type, int major) {
        if (INTEGERS.contains(type)) {
            return (major >= 16 ? INTEGER_16 : DECIMAL_INTEGER).matcher(text).matches();
        }
        if (type.equals("boolean")) {
            String v = text.strip().toLowerCase(Locale.ROOT);
            return !v.isEmpty() && ("true".startsWith(v) || "false".startsWith(v) || "yes".startsWith(v)
                    || "no".startsWith(v) || v.equals("on") || (v.length() >= 2 && "off".startsWith(v))
                    || v.equals("1") || v.equals("0"));
        }
        if (type.equals("uuid")) {
            String v = text.strip();
            if (v.startsWith("{") && v.endsWith("}")) {
                v = v.substring(1, v.length() - 1);
            }
            return !v.startsWith("-") && !v.endsWith("-") && !v.contains("--")
                    && UUID_HEX.matcher(v.replace("-", "")).matches();
        }
        return true;
    }

    private static String example(String type) {
        return switch (type) {
            case "boolean" -> "false";
            case "uuid" -> "gen_random_uuid()";
            default -> "0";
        };
    }
}
