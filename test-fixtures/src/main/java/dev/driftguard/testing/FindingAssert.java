package dev.driftguard.testing;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The findings of one rule, narrowed down one condition at a time: each step keeps the findings that meet it and
 * fails when none does, showing what the findings that reached that step look like.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {

    private final Report report;
    private final String expected;

    FindingAssert(Report report, List<Finding> candidates, String expected) {
        super(List.copyOf(candidates), FindingAssert.class);
        this.report = report;
        this.expected = expected;
    }

    /** At least one of them starts on {@code line} (1-based). */
    public FindingAssert atLine(int line) {
        return narrow("at line " + line, f -> f.location().map(Location::line).filter(l -> l == line).isPresent(),
                f -> f.location().map(l -> "at line " + l.line()).orElse("without a location"));
    }

    /** At least one of them starts at {@code line} and {@code column} (1-based, in code points). */
    public FindingAssert at(int line, int column) {
        return narrow("at " + line + ":" + column, f -> f.location()
                        .filter(l -> l.line() == line && l.column() == column).isPresent(),
                f -> f.location().map(l -> "at " + l.line() + ":" + l.column()).orElse("without a location"));
    }

    /** At least one of them is in the file {@code file}, as reports show it (relative to the project). */
    public FindingAssert inFile(String file) {
        return narrow("in " + file, f -> f.location().map(Location::file).filter(file::equals).isPresent(),
                f -> f.location().map(l -> "in " + l.file()).orElse("without a location"));
    }

    /** At least one of them belongs to the migration {@code name} (its folder name). */
    public FindingAssert inMigration(String name) {
        return narrow("in migration " + name, f -> f.migration().filter(name::equals).isPresent(),
                f -> f.migration().map(m -> "in migration " + m).orElse("in no migration"));
    }

    /** At least one of them has this severity. */
    public FindingAssert withSeverity(Severity severity) {
        return narrow("with severity " + severity.label(), f -> f.severity() == severity,
                f -> "with severity " + f.severity().label());
    }

    /** At least one of them has a message containing {@code text}. */
    public FindingAssert withMessageContaining(String text) {
        return narrow("with a message containing \"" + text + "\"", f -> f.message().contains(text),
                f -> "with the message \"" + f.message() + "\"");
    }

    /** At least one of them predicts that deploy fails with {@code sqlState}. */
    public FindingAssert withSqlState(String sqlState) {
        return narrow("with SQLSTATE " + sqlState, f -> f.sqlState().filter(sqlState::equals).isPresent(),
                f -> f.sqlState().map(s -> "with SQLSTATE " + s).orElse("without a SQLSTATE"));
    }

    /** The findings that met every condition so far. */
    public List<Finding> findings() {
        return actual;
    }

    /** The single finding that met every condition so far; fails when there are several. */
    public Finding single() {
        if (actual.size() != 1) {
            failWithMessage("%s", "Expecting exactly one " + expected.substring("a ".length()) + ", but there are "
                    + actual.size() + ":\n\n" + ReportText.render(report, actual));
        }
        return actual.get(0);
    }

    private FindingAssert narrow(String condition, Predicate<Finding> keep, Function<Finding, String> describe) {
        String narrowed = expected + " " + condition;
        List<Finding> kept = actual.stream().filter(keep).toList();
        if (kept.isEmpty()) {
            List<String> seen = actual.stream().map(describe).distinct().toList();
            failWithMessage("%s", "Expecting " + narrowed + ", but found " + (actual.size() == 1 ? "it " : "them ")
                    + (seen.size() == 1 ? seen.get(0) : String.join(", ", seen.subList(0, seen.size() - 1)) + " and "
                    + seen.get(seen.size() - 1)) + ":\n\n" + ReportText.render(report, actual));
        }
        FindingAssert next = new FindingAssert(report, kept, narrowed);
        return info.hasDescription() ? next.as(info.description()) : next;
    }
}
