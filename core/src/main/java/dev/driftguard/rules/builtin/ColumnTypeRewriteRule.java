package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... TYPE} that rewrites an existing table (and rebuilds its indexes) under an ACCESS EXCLUSIVE
 * lock. Changes PostgreSQL makes in the catalog alone stay silent: a longer or unbounded {@code varchar} or
 * {@code varbit}, {@code varchar} to {@code text} and back to unbounded {@code varchar}, a higher {@code numeric}
 * precision at the same scale, a higher or dropped precision of {@code timestamp}, {@code timestamptz}, {@code time}
 * and {@code interval}.
 */
@RuleInfo(id = "column-type-rewrite", severity = Severity.WARNING,
        summary = "ALTER COLUMN ... TYPE rewrites an existing table under ACCESS EXCLUSIVE unless the types are binary compatible")
public final class ColumnTypeRewriteRule implements Rule {

    private static final Pattern FORMATTED = Pattern.compile("^(.*?)(?:\\(([0-9, ]+)\\))?((?: with(?:out)? time zone)?)((?:\\[\\])*)$");
    private static final Set<String> LENGTH_TYPES = Set.of("character varying", "bit varying");
    private static final Set<String> PRECISION_TYPES = Set.of("timestamp without time zone",
            "timestamp with time zone", "time without time zone", "interval");
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying");
    private static final Set<String> TIMESTAMP_TYPES = Set.of("timestamp without time zone", "timestamp with time zone");

    /** A type as {@code format_type} prints it, taken apart. */
    record Formatted(String base, List<Integer> modifiers, String arrays) {
        static Formatted parse(String text) {
            Matcher m = FORMATTED.matcher(text.trim());
            if (!m.matches()) {
                return new Formatted(text, List.of(), "");
            }
            List<Integer> mods = m.group(2) == null ? List.of()
                    : Arrays.stream(m.group(2).split(",")).map(String::trim).map(Integer::valueOf).toList();
            return new Formatted(m.group(1) + m.group(3), mods, m.group(4));
        }
    }

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AlterColumnType change) {
                    table.column(change.column().name()).ifPresent(column -> check(context, table, column, change));
                }
            }
        });
    }

    private static void check(StatementContext context, Table table, Column column, AlterAction.AlterColumnType change) {
        Formatted from = Formatted.parse(column.type());
        Formatted to = Formatted.parse(change.type().formatted());
        if (change.using().isEmpty() && binaryCompatible(from, to)) {
            return;
        }
        String what = "changing \"" + column.name() + "\" from " + column.type() + " to " + change.type().formatted();
        String fix = "add a new column of the new type, fill it in batches (a trigger keeps it current), switch the "
                + "code to it, then drop the old column";
        if (change.using().isEmpty() && timeZoneOnly(from, to) && context.targetMajor() >= 12) {
            context.report(Severity.INFO, change.span(), what + " rewrites " + LockedTable.describe(table)
                    + " under an ACCESS EXCLUSIVE lock unless the session TimeZone is UTC; with TimeZone UTC "
                    + "PostgreSQL 12 and later change only the catalog",
                    "run SET TimeZone = 'UTC' before it in the same migration");
            return;
        }
        LockedTable.report(context, table, change.span(),
                what + " rewrites " + LockedTable.describe(table) + " and rebuilds its indexes under an ACCESS "
                        + "EXCLUSIVE lock: every query on it waits until the rewrite ends", fix);
    }

    static boolean binaryCompatible(Formatted from, Formatted to) {
        if (!from.arrays().equals(to.arrays())) {
            return false;
        }
        if (from.equals(to)) {
            return true;
        }
        if (TEXT_TYPES.contains(from.base()) && TEXT_TYPES.contains(to.base()) && to.modifiers().isEmpty()) {
            return true;
        }
        boolean typmodOnly = LENGTH_TYPES.contains(from.base()) || PRECISION_TYPES.contains(from.base())
                || from.base().equals("numeric");
        if (!from.base().equals(to.base()) || !typmodOnly) {
            return false;
        }
        if (to.modifiers().isEmpty()) {
            return true;
        }
        if (from.modifiers().isEmpty()) {
            return false;
        }
        if (from.base().equals("numeric")) {
            int fromScale = from.modifiers().size() > 1 ? from.modifiers().get(1) : 0;
            int toScale = to.modifiers().size() > 1 ? to.modifiers().get(1) : 0;
            return toScale == fromScale && to.modifiers().get(0) >= from.modifiers().get(0);
        }
        return to.modifiers().get(0) >= from.modifiers().get(0);
    }

    private static boolean timeZoneOnly(Formatted from, Formatted to) {
        return TIMESTAMP_TYPES.contains(from.base()) && TIMESTAMP_TYPES.contains(to.base())
                && !from.base().equals(to.base()) && from.arrays().equals(to.arrays())
                && (to.modifiers().isEmpty() || (!from.modifiers().isEmpty()
                && to.modifiers().get(0) >= from.modifiers().get(0)));
    }
}
