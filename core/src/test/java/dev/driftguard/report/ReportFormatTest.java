package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesLabelsCaseInsensitively() {
        assertThat(ReportFormat.parse("SARIF")).contains(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" github ")).contains(ReportFormat.GITHUB);
        assertThat(ReportFormat.JUNIT.label()).isEqualTo("junit");
    }

    @Test
    void unknownFormatIsEmpty() {
        assertThat(ReportFormat.parse("html")).isEmpty();
    }

    @Test
    void everyFormatHasItsOwnRenderer() {
        assertThat(ReportFormat.TEXT.renderer()).isInstanceOf(TextRenderer.class);
        assertThat(ReportFormat.JSON.renderer()).isInstanceOf(JsonRenderer.class);
        assertThat(ReportFormat.SARIF.renderer()).isInstanceOf(SarifRenderer.class);
        assertThat(ReportFormat.GITHUB.renderer()).isInstanceOf(GithubActionsRenderer.class);
        assertThat(ReportFormat.JUNIT.renderer()).isInstanceOf(JunitXmlRenderer.class);
    }
}
