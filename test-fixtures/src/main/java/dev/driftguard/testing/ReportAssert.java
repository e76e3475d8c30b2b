package dev.driftguard.testing;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Report}; start with {@link DriftguardAssertions#assertThat(Report)}. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report report) {
        super(report, ReportAssert.class);
    }

    /** The report has no finding at all. */
    public ReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            fail("Expecting no findings, but there " + are(actual.findings().size(), "finding"),
                    actual.findings());
        }
        return this;
    }

    /** The report has no error, the findings that fail {@code driftguard lint}; warnings and infos may remain. */
    public ReportAssert hasNoErrors() {
        return hasNoFindingsAtLeast(Severity.ERROR);
    }

    /** The report has no finding at least as severe as {@code threshold}. */
    public ReportAssert hasNoFindingsAtLeast(Severity threshold) {
        isNotNull();
        List<Finding> offending = actual.findings().stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
        if (!offending.isEmpty()) {
            String what = threshold == Severity.ERROR ? "error" : "finding at " + threshold.label() + " or above";
            fail("Expecting no " + plural(what) + ", but there " + are(offending.size(), what), offending);
        }
        return this;
    }

    /**
     * The report has a finding of rule {@code ruleId}; the returned assertion narrows it down further, e.g.
     * {@code .atLine(12).inMigration("...")}.
     */
    public FindingAssert hasFinding(String ruleId) {
        isNotNull();
        List<Finding> matching = actual.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        String expected = "a finding of rule " + ruleId;
        if (matching.isEmpty()) {
            fail("Expecting " + expected + ", but there is none", actual.findings());
        }
        FindingAssert findings = new FindingAssert(actual, matching, expected);
        return info.hasDescription() ? findings.as(info.description()) : findings;
    }

    /** The report has no finding of rule {@code ruleId}. */
    public ReportAssert doesNotHaveFinding(String ruleId) {
        isNotNull();
        List<Finding> matching = actual.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (!matching.isEmpty()) {
            fail("Expecting no finding of rule " + ruleId + ", but there " + are(matching.size(), "finding"),
                    matching);
        }
        return this;
    }

    /** Every finding of the report is of one of these rules (a report with no finding passes). */
    public ReportAssert hasOnlyFindingsOf(String... ruleIds) {
        isNotNull();
        Set<String> allowed = new LinkedHashSet<>(List.of(ruleIds));
        List<Finding> others = actual.findings().stream().filter(f -> !allowed.contains(f.ruleId())).toList();
        if (!others.isEmpty()) {
            fail("Expecting only findings of " + allowed + ", but there " + are(others.size(), "finding")
                    + " of other rules", others);
        }
        return this;
    }

    /** The report has exactly {@code count} findings. */
    public ReportAssert hasFindingCount(int count) {
        isNotNull();
        if (actual.findings().size() != count) {
            fail("Expecting " + count + " " + plural("finding", count) + ", but there "
                    + are(actual.findings().size(), "finding"), actual.findings());
        }
        return this;
    }

    private void fail(String headline, List<Finding> shown) {
        failWithMessage("%s", headline + ":\n\n" + ReportText.render(actual, shown));
    }

    static String are(int count, String noun) {
        return (count == 1 ? "is " : "are ") + count + " " + plural(noun, count);
    }

    private static String plural(String noun, int count) {
        return count == 1 ? noun : plural(noun);
    }

    private static String plural(String noun) {
        return noun.startsWith("finding ") ? "findings" + noun.substring("finding".length()) : noun + "s";
    }
}
