package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GithubActionsRendererTest {

    @Test
    void writesOneErrorCommandWithTheFullRange() {
        Finding finding = new Finding("missing-relation", Severity.ERROR, "relation \"t\" does not exist",
                Optional.of(new Location("db/a.sql", 9, 42, 9, 54)), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(render(finding)).isEqualTo("::error file=db/a.sql,line=9,col=42,endLine=9,endColumn=54,"
                + "title=missing-relation::relation \"t\" does not exist\n");
    }

    @Test
    void infoBecomesNoticeAndWarningStaysWarning() {
        assertThat(render(plain(Severity.INFO))).startsWith("::notice title=r::");
        assertThat(render(plain(Severity.WARNING))).startsWith("::warning title=r::");
    }

    @Test
    void escapesPercentAndLineEndsInDataAndAlsoColonAndCommaInProperties() {
        Finding finding = new Finding("r", Severity.ERROR, "50% done:\r\nnext, then",
                Optional.of(new Location("dir,with:odd%name.sql", 1, 1, 1, 2)), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(render(finding)).isEqualTo("::error file=dir%2Cwith%3Aodd%25name.sql,line=1,col=1,endLine=1,"
                + "endColumn=2,title=r::50%25 done:%0D%0Anext, then\n");
    }

    @Test
    void leavesOutColumnsForASpanOverSeveralLines() {
        Finding finding = new Finding("r", Severity.ERROR, "m", Optional.of(new Location("a.sql", 3, 5, 4, 2)),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(render(finding)).isEqualTo("::error file=a.sql,line=3,endLine=4,title=r::m\n");
    }

    @Test
    void appendsMigrationHelpAndSqlStateAsFurtherLines() {
        Finding finding = new Finding("r", Severity.ERROR, "m", Optional.empty(), Optional.of("m1"),
                Optional.of("fix it"), Optional.of("42P17"));
        assertThat(render(finding))
                .isEqualTo("::error title=r::m%0Amigration: m1%0Ahelp: fix it%0Adeploy fails with SQLSTATE 42P17\n");
    }

    @Test
    void filesAreGivenFromTheRepositoryRootWhenTheProjectIsBelowIt() {
        Finding finding = new Finding("r", Severity.ERROR, "m", Optional.of(new Location("db/a.sql", 1, 1, 1, 2)),
                Optional.empty(), Optional.empty(), Optional.empty());
        String out = new GithubActionsRenderer().render(new Report(List.of(finding), Map.of()),
                RenderOptions.defaults().withProjectPath("./services/api/"));
        assertThat(out).startsWith("::error file=services/api/db/a.sql,line=1,");
    }

    @Test
    void emptyReportWritesNothing() {
        assertThat(new GithubActionsRenderer().render(Report.empty(), RenderOptions.defaults())).isEmpty();
    }

    private static Finding plain(Severity severity) {
        return new Finding("r", severity, "m", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String render(Finding finding) {
        return new GithubActionsRenderer().render(new Report(List.of(finding), Map.of()), RenderOptions.defaults());
    }
}
