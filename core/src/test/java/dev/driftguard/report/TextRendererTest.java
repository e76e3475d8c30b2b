package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static final String FILE = "m.sql";

    @Test
    void underlinesTheSpanUnderTheSourceLine() {
        String out = render("SELECT * FROM missing;\n", 1, 15, 1, 22, Severity.ERROR);
        assertThat(out).isEqualTo("""
                error[r]: boom
                  --> m.sql:1:15
                   |
                 1 | SELECT * FROM missing;
                   |               ^^^^^^^
                   = help: do this

                1 error
                """);
    }

    @Test
    void expandsTabsInTheLineAndTheCaretOffsetAlike() {
        String out = render("\tSELECT\tx;\n", 1, 9, 1, 10, Severity.WARNING);
        assertThat(out).contains(" 1 |     SELECT    x;\n   |               ^\n");
    }

    @Test
    void wideCharactersTakeTwoColumnsBeforeAndUnderTheCaret() {
        String out = render("SELECT '日本' AS 名前;\n", 1, 16, 1, 18, Severity.ERROR);
        // 15 code points before the span, two of them wide: 17 columns.
        assertThat(out).contains(" 1 | SELECT '日本' AS 名前;\n   | " + " ".repeat(17) + "^^^^\n");
    }

    @Test
    void combiningMarksTakeNoColumn() {
        String out = render("SELECT 'e\u0301', x;\n", 1, 14, 1, 15, Severity.ERROR);
        assertThat(out).contains("   |             ^\n");
    }

    @Test
    void astralCharactersCountAsOneColumnIndexButTwoTerminalColumns() {
        String out = render("-- 😀 x\n", 1, 6, 1, 7, Severity.INFO);
        assertThat(out).contains(" 1 | -- 😀 x\n   |       ^\n");
    }

    @Test
    void multiLineSpanIsMarkedToTheEndOfItsFirstLineAndSaysWhereItEnds() {
        String out = render("CREATE INDEX i ON t (a)\n  WHERE b > now();\n", 1, 19, 2, 18, Severity.ERROR);
        assertThat(out).contains("""
                 1 | CREATE INDEX i ON t (a)
                   |                   ^^^^^ (span continues to line 2)
                """);
    }

    @Test
    void emptySpanGetsOneCaret() {
        String out = render("SELECT 1\n", 1, 9, 1, 9, Severity.ERROR);
        assertThat(out).contains(" 1 | SELECT 1\n   |         ^\n");
    }

    @Test
    void controlCharactersAndBidiOverridesAreNotSentToTheTerminal() {
        String out = render("SELECT '\u001B[31m\u202E' x;\n", 1, 17, 1, 18, Severity.ERROR);
        assertThat(out).doesNotContain("\u001B").doesNotContain("\u202E")
                .contains(" 1 | SELECT '\uFFFD[31m\uFFFD' x;\n   |                 ^\n");
    }

    @Test
    void findingWithoutLocationHasNoArrowAndNamesItsMigration() {
        Finding finding = new Finding("failed-migration", Severity.ERROR, "it failed", Optional.empty(),
                Optional.of("20250101_init"), Optional.empty(), Optional.of("P3009"));
        assertThat(render(new Report(List.of(finding), Map.of()))).isEqualTo("""
                error[failed-migration]: it failed
                   = note: in migration 20250101_init
                   = note: deploy fails with SQLSTATE P3009

                1 error
                """);
    }

    @Test
    void locationWhoseFileWasNotReadShowsTheArrowOnly() {
        Finding finding = new Finding("r", Severity.WARNING, "w", Optional.of(new Location("gone.sql", 3, 1, 3, 2)),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(render(new Report(List.of(finding), Map.of()))).isEqualTo("""
                warning[r]: w
                  --> gone.sql:3:1

                1 warning
                """);
    }

    @Test
    void locationPastTheEndOfTheFileShowsTheArrowOnly() {
        String out = render("SELECT 1;\n", 9, 1, 9, 2, Severity.ERROR);
        assertThat(out).contains("  --> m.sql:9:1\n   = help: do this\n");
    }

    @Test
    void gutterWidensForLongLineNumbers() {
        String text = "\n".repeat(122) + "SELECT x;\n";
        String out = render(text, 123, 8, 123, 9, Severity.ERROR);
        assertThat(out).contains("   --> m.sql:123:8\n    |\n123 | SELECT x;\n    |        ^\n    = help: do this\n");
    }

    @Test
    void summaryCountsEachSeverityInPluralWhereNeeded() {
        Finding error = finding(Severity.ERROR);
        Finding warning = finding(Severity.WARNING);
        Finding info = finding(Severity.INFO);
        assertThat(TextRenderer.summary(new Report(List.of(error, error, warning, info, info), Map.of())))
                .isEqualTo("2 errors, 1 warning, 2 infos");
        assertThat(TextRenderer.summary(new Report(List.of(warning), Map.of()))).isEqualTo("1 warning");
    }

    @Test
    void emptyReportSaysNoProblemsFound() {
        assertThat(render(Report.empty())).isEqualTo("no problems found\n");
    }

    @Test
    void colorsOnlyWhenAsked() {
        String plain = render("SELECT 1;\n", 1, 8, 1, 9, Severity.ERROR);
        assertThat(plain).doesNotContain("\u001B");
        Report report = report("SELECT 1;\n", 1, 8, 1, 9, Severity.ERROR);
        String color = new TextRenderer().render(report, RenderOptions.defaults().withColor(true));
        assertThat(color).startsWith("\u001B[1;31merror[r]\u001B[0m\u001B[1m: boom\u001B[0m\n");
    }

    private static Finding finding(Severity severity) {
        return new Finding("r", severity, "m", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String render(String text, int line, int column, int endLine, int endColumn, Severity severity) {
        return render(report(text, line, column, endLine, endColumn, severity));
    }

    private static Report report(String text, int line, int column, int endLine, int endColumn, Severity severity) {
        Finding finding = new Finding("r", severity, "boom",
                Optional.of(new Location(FILE, line, column, endLine, endColumn)), Optional.of("mig"),
                Optional.of("do this"), Optional.empty());
        return new Report(List.of(finding), Map.of(FILE, new SourceFile(FILE, text)));
    }

    private static String render(Report report) {
        return new TextRenderer().render(report, RenderOptions.defaults());
    }
}
