package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

    private static final String FILE = "prisma/migrations/20250301000000_lookup/migration.sql";
    private static final SourceFile SOURCE = new SourceFile(FILE, """
            -- Written by hand.
            CREATE INDEX "Invoice_number_idx" ON Invoice ("number");
            CREATE INDEX "Order_note_idx" ON "Order" ("note");
            """);

    private static final Finding MISSING_INVOICE = new Finding("missing-relation", Severity.ERROR,
            "relation \"invoice\" does not exist", Optional.of(span("Invoice ", "Invoice".length())),
            Optional.of("20250301000000_lookup"), Optional.of("quote the name: \"Invoice\""), Optional.of("42P01"));
    private static final Finding SLOW_INDEX = new Finding("lock-rule", Severity.WARNING,
            "CREATE INDEX blocks writes to \"Order\"", Optional.of(span("CREATE INDEX \"Order", 49)),
            Optional.of("20250301000000_lookup"), Optional.of("use CREATE INDEX CONCURRENTLY"), Optional.empty());

    private static final Report REPORT = new Report(List.of(MISSING_INVOICE, SLOW_INDEX), Map.of(FILE, SOURCE),
            List.of("20250301000000_lookup"));

    private static final String MISSING_INVOICE_TEXT = """
            error[missing-relation]: relation "invoice" does not exist
              --> prisma/migrations/20250301000000_lookup/migration.sql:2:38
               |
             2 | CREATE INDEX "Invoice_number_idx" ON Invoice ("number");
               |                                      ^^^^^^^
               = help: quote the name: "Invoice"
               = note: deploy fails with SQLSTATE 42P01
            """;
    private static final String SLOW_INDEX_TEXT = """
            warning[lock-rule]: CREATE INDEX blocks writes to "Order"
              --> prisma/migrations/20250301000000_lookup/migration.sql:3:1
               |
             3 | CREATE INDEX "Order_note_idx" ON "Order" ("note");
               | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
               = help: use CREATE INDEX CONCURRENTLY
            """;

    private static Location span(String startingWith, int length) {
        int start = SOURCE.text().indexOf(startingWith);
        return SOURCE.location(start, start + length);
    }

    @Test
    void passingAssertionsChain() {
        DriftguardAssertions.assertThat(REPORT)
                .hasOnlyFindingsOf("missing-relation", "lock-rule")
                .hasFindingCount(2)
                .doesNotHaveFinding("missing-type")
                .hasFinding("missing-relation").atLine(2).at(2, 38).inMigration("20250301000000_lookup")
                .inFile(FILE).withSeverity(Severity.ERROR).withSqlState("42P01")
                .withMessageContaining("\"invoice\"");
        DriftguardAssertions.assertThat(Report.empty()).hasNoFindings().hasNoErrors().hasOnlyFindingsOf();
    }

    @Test
    void hasNoErrorsFailsShowingTheErrorsAsTheTextReporterDoes() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting no errors, but there is 1 error:\n\n" + MISSING_INVOICE_TEXT + "\n1 error\n");
    }

    @Test
    void hasNoFindingsFailsShowingEveryFinding() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasNoFindings())
                .hasMessage("Expecting no findings, but there are 2 findings:\n\n" + MISSING_INVOICE_TEXT + "\n"
                        + SLOW_INDEX_TEXT + "\n1 error, 1 warning\n");
    }

    @Test
    void hasFindingFailsWhenTheRuleFoundNothing() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasFinding("missing-type"))
                .hasMessage("Expecting a finding of rule missing-type, but there is none:\n\n" + MISSING_INVOICE_TEXT
                        + "\n" + SLOW_INDEX_TEXT + "\n1 error, 1 warning\n");
    }

    @Test
    void atLineFailsNamingTheLinesTheRuleDidFlag() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasFinding("missing-relation").atLine(12))
                .hasMessage("Expecting a finding of rule missing-relation at line 12, but found it at line 2:\n\n"
                        + MISSING_INVOICE_TEXT + "\n1 error\n");
    }

    @Test
    void inMigrationFailsAfterAnEarlierConditionNarrowedTheFindings() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasFinding("missing-relation").atLine(2)
                .inMigration("20250101000000_init"))
                .hasMessage("Expecting a finding of rule missing-relation at line 2 in migration 20250101000000_init, "
                        + "but found it in migration 20250301000000_lookup:\n\n" + MISSING_INVOICE_TEXT
                        + "\n1 error\n");
    }

    @Test
    void hasOnlyFindingsOfFailsShowingTheFindingsOfOtherRules() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasOnlyFindingsOf("missing-relation"))
                .hasMessage("Expecting only findings of [missing-relation], but there is 1 finding of other rules:\n\n"
                        + SLOW_INDEX_TEXT + "\n1 warning\n");
    }

    @Test
    void descriptionPrefixesTheMessageAndCarriesIntoNarrowing() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).as("deploy of %s", "release 42")
                .hasFinding("missing-relation").withSeverity(Severity.WARNING))
                .hasMessageStartingWith("[deploy of release 42] Expecting a finding of rule missing-relation with "
                        + "severity warning, but found it with severity error:");
    }

    @Test
    void percentSignsInFindingsAreShownAsThey() {
        Finding percent = new Finding("custom", Severity.ERROR, "100% of rows are rewritten", Optional.empty(),
                Optional.of("m"), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(new Report(List.of(percent), Map.of()))
                .hasNoErrors())
                .hasMessage("Expecting no errors, but there is 1 error:\n\n"
                        + "error[custom]: 100% of rows are rewritten\n   = note: in migration m\n\n1 error\n");
    }

    @Test
    void singleReturnsTheOneFindingLeft() {
        assertThat(DriftguardAssertions.assertThat(REPORT).hasFinding("lock-rule").single()).isEqualTo(SLOW_INDEX);
    }

    @Test
    void hasNoFindingsAtLeastWarningFailsShowingWarningsAndErrors() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasNoFindingsAtLeast(Severity.WARNING))
                .hasMessage("Expecting no findings at warning or above, but there are 2 findings at warning or above:"
                        + "\n\n" + MISSING_INVOICE_TEXT + "\n" + SLOW_INDEX_TEXT + "\n1 error, 1 warning\n");
    }

    @Test
    void hasFindingCountFailsShowingTheFindings() {
        assertThatThrownBy(() -> DriftguardAssertions.assertThat(REPORT).hasFindingCount(1))
                .hasMessageStartingWith("Expecting 1 finding, but there are 2 findings:\n\nerror[missing-relation]");
    }

    @Test
    void singleFailsWhenSeveralFindingsAreLeft() {
        Finding second = new Finding("missing-relation", Severity.ERROR, "relation \"order\" does not exist",
                Optional.empty(), Optional.of("20250301000000_lookup"), Optional.empty(), Optional.empty());
        Report twice = new Report(List.of(MISSING_INVOICE, second), Map.of(FILE, SOURCE));

        assertThatThrownBy(() -> DriftguardAssertions.assertThat(twice).hasFinding("missing-relation")
                .inMigration("20250301000000_lookup").single())
                .hasMessageStartingWith("Expecting exactly one finding of rule missing-relation in migration "
                        + "20250301000000_lookup, but there are 2:\n\n");
    }
}
