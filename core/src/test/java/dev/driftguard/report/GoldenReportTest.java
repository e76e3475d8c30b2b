package dev.driftguard.report;

import static dev.driftguard.report.Goldens.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every format on the incident report, against reviewed golden files. */
class GoldenReportTest {

    private final String text = ReportFormat.TEXT.renderer().render(IncidentReport.report(), IncidentReport.options());

    @Test
    void textMatchesGolden() throws IOException {
        assertMatchesGolden("incident.txt", text);
    }

    @Test
    void colorTextMatchesGoldenAndDiffersFromPlainOnlyByEscapes() throws IOException {
        String color = ReportFormat.TEXT.renderer().render(IncidentReport.report(),
                IncidentReport.options().withColor(true));
        assertMatchesGolden("incident-color.txt", color);
        assertThat(color.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(text);
    }

    @Test
    void jsonMatchesGoldenAndItsSchema() throws IOException {
        String json = render(ReportFormat.JSON);
        assertMatchesGolden("incident.json", json);
        assertThat(SchemaValidation.reportSchemaErrors(json)).isEmpty();
    }

    @Test
    void sarifMatchesGoldenAndTheOfficialSchema() throws IOException {
        String sarif = render(ReportFormat.SARIF);
        assertMatchesGolden("incident.sarif", sarif);
        assertThat(SchemaValidation.sarifSchemaErrors(sarif)).isEmpty();
    }

    @Test
    void githubMatchesGolden() throws IOException {
        assertMatchesGolden("incident.github", render(ReportFormat.GITHUB));
    }

    @Test
    void junitMatchesGolden() throws IOException {
        assertMatchesGolden("incident.xml", render(ReportFormat.JUNIT));
    }

    private static String render(ReportFormat format) {
        return format.renderer().render(IncidentReport.report(), IncidentReport.options());
    }
}
