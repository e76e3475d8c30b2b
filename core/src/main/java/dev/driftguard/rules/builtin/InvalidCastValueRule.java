package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.TypeName;
import dev.driftguard.volatility.TypeCoercions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Against a live target: {@code ALTER COLUMN ... TYPE} whose conversion fails on a value already stored. PostgreSQL
 * converts every row ({@code ATRewriteTable}) and stops at the first that does not convert:
 * <ul>
 *   <li>text to an enum, as Prisma writes it when an enum value is removed
 *       ({@code USING ("role"::text::"Role_new")}), on a row holding a removed label: 22P02;</li>
 *   <li>text to a number, uuid, boolean, date, ... ({@code USING "col"::integer}) on a value that does not parse:
 *       22P02, or 22003 when a number is out of the type's range, 22007/22008 for dates;</li>
 *   <li>a shorter {@code varchar(n)} on a longer value: 22001; a narrower integer on a larger one: 22003.</li>
 * </ul>
 * Parsing as the server does needs {@code pg_input_error_info}, which PostgreSQL 16 added; on older targets only the
 * enum, length and integer range checks run.
 */
@RuleInfo(id = "invalid-cast-value", severity = Severity.ERROR,
        summary = "ALTER COLUMN ... TYPE on a live target holding values the conversion rejects")
public final class InvalidCastValueRule implements Rule {

    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "character", "name");
    private static final Map<String, long[]> INTEGER_RANGES = Map.of(
            "smallint", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            "integer", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "bigint", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final Set<String> NUMBER_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> DATETIME_TYPES = Set.of("date", "timestamp without time zone",
            "timestamp with time zone", "time without time zone", "time with time zone", "interval");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

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
        TypeCoercions coercions = new TypeCoercions(context.catalog(), context.targetMajor());
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change
                    && !TargetRows.changedBefore(alter.actions(), action).contains(change.column().name())) {
                Optional<Column> column = table.column(change.column().name());
                if (column.isPresent() && check(context, coercions, table, column.get(), change)) {
                    return;
                }
            }
        }
    }

    /** Asks the checks of one conversion; true when it asked any (later actions then stand on unknown values). */
    private static boolean check(StatementContext context, TypeCoercions coercions, Table table, Column column,
                                 AlterAction.AlterColumnType change) {
        Optional<String> from = coercions.resolve(column.type());
        TypeName target = change.type();
        if (from.isEmpty() || target.arrayDims() > 0 || column.type().endsWith("]")) {
            return false;
        }
        boolean parsedFromText;
        if (change.using().isPresent()) {
            if (!castOfColumn(change.using().get(), column.name(), target, coercions)) {
                return false;
            }
            parsedFromText = TEXT_TYPES.contains(from.get()) || throughText(change.using().get());
        } else {
            if (!coercions.resolve(target.formatted()).map(t -> coercions.assignment(from.get(), t)).orElse(false)) {
                return false;
            }
            parsedFromText = false;
        }
        String col = RowCheck.quote(column.name());
        String key = TargetRows.rowKey(context, table);
        String base = "SELECT " + key + ", " + col + " FROM " + RowCheck.quote(table.name()) + " WHERE " + col
                + " IS NOT NULL AND ";
        String what = "column \"" + column.name() + "\" of relation \"" + table.name().name() + "\" cannot be "
                + "converted to " + target.formatted() + ": ";
        Optional<EnumType> enumType = context.catalog().resolveEnum(target.schema(), target.name());
        Optional<String> to = coercions.resolve(target.formatted());
        if (enumType.isPresent() && parsedFromText) {
            List<String> labels = enumType.get().values().stream().map(InvalidCastValueRule::literal).toList();
            String where = labels.isEmpty() ? "true" : col + "::text NOT IN (" + String.join(", ", labels) + ")";
            ask(context, table, column, base + where, change, what + "{n} of the target hold a value the enum \""
                    + enumType.get().name().name() + "\" does not have",
                    "map the removed values first (UPDATE ... SET \"" + column.name() + "\" = ... WHERE ...), then "
                            + "change the type", "22P02");
            return true;
        }
        if (to.isEmpty()) {
            return false;
        }
        if (parsedFromText && context.targetMajor() >= 16) {
            String type = literal(target.formatted());
            String code = "(pg_input_error_info(" + col + "::text, " + type + ")).sql_error_code";
            List<String> codes = NUMBER_TYPES.contains(to.get()) ? List.of("22P02", "22003")
                    : DATETIME_TYPES.contains(to.get()) ? List.of("22007", "22008", "22P02") : List.of("22P02");
            for (String sqlState : codes) {
                ask(context, table, column, base + code + " = '" + sqlState + "'", change,
                        what + "{n} of the target hold a value that " + target.formatted() + " does not accept",
                        "fix or clear those values first, or convert them in USING", sqlState);
            }
            return true;
        }
        if (parsedFromText && INTEGER_RANGES.containsKey(to.get())) {
            ask(context, table, column, base + col + "::text !~ '^\\s*[-+]?[0-9]+\\s*$'", change,
                    what + "{n} of the target hold a value that is not an integer",
                    "fix or clear those values first, or convert them in USING", "22P02");
            return true;
        }
        if (!parsedFromText && INTEGER_RANGES.containsKey(to.get()) && NUMBER_TYPES.contains(from.get())
                && !from.get().equals(to.get())) {
            long[] range = INTEGER_RANGES.get(to.get());
            String value = from.get().equals("smallint") || from.get().equals("integer") || from.get().equals("bigint")
                    ? col : "round(" + col + ")";
            ask(context, table, column, base + value + " NOT BETWEEN " + range[0] + " AND " + range[1], change,
                    what + "{n} of the target hold a value out of range for " + to.get(),
                    "widen the type, or fix those values first", "22003");
            return true;
        }
        Optional<Integer> newLength = length(target);
        if (newLength.isPresent() && to.get().equals("character varying") && TEXT_TYPES.contains(from.get())) {
            Optional<Integer> oldLength = lengthOf(column.type());
            if (oldLength.isPresent() && oldLength.get() <= newLength.get()) {
                return false;
            }
            // An assignment to varchar(n) cuts trailing spaces silently and fails only on other characters past n.
            ask(context, table, column, base + "length(rtrim(" + col + "::text, ' ')) > " + newLength.get(), change,
                    what + "{n} of the target hold a value longer than " + newLength.get() + " characters",
                    "shorten those values first, or keep the longer type", "22001");
            return true;
        }
        return false;
    }

    private static void ask(StatementContext context, Table table, Column column, String sql,
                            AlterAction.AlterColumnType change, String message, String fix, String sqlState) {
        context.checkRows(RowCheck.onTable(table.name(), List.of(column.name()), sql, "row", change.type().span(),
                message, fix, sqlState));
    }

    /** {@code col::T}, {@code col::text::T}, {@code CAST(col AS T)}: a conversion of the column itself to the new type. */
    private static boolean castOfColumn(Expr using, String column, TypeName target, TypeCoercions coercions) {
        if (!(using instanceof Expr.Cast cast) || !sameType(cast.type(), target, coercions)) {
            return false;
        }
        Expr operand = cast.operand();
        while (operand instanceof Expr.Cast inner) {
            if (!coercions.resolve(inner.type().formatted()).map(TEXT_TYPES::contains).orElse(false)) {
                return false;
            }
            operand = inner.operand();
        }
        return operand instanceof Expr.ColumnRef ref && ref.column().equals(column);
    }

    private static boolean throughText(Expr using) {
        return using instanceof Expr.Cast cast && cast.operand() instanceof Expr.Cast;
    }

    private static boolean sameType(TypeName a, TypeName b, TypeCoercions coercions) {
        return a.formatted().equals(b.formatted()) || (coercions.resolve(a.formatted()).isPresent()
                && coercions.resolve(a.formatted()).equals(coercions.resolve(b.formatted()))
                && a.modifiers().equals(b.modifiers()));
    }

    private static Optional<Integer> length(TypeName type) {
        return type.modifiers().size() == 1 && type.modifiers().get(0).matches("\\d+")
                ? Optional.of(Integer.parseInt(type.modifiers().get(0))) : Optional.empty();
    }

    private static Optional<Integer> lengthOf(String formatted) {
        Matcher m = LENGTH.matcher(formatted);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
