package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesEveryFieldOfAFullFinding() throws IOException {
        Finding finding = new Finding("missing-relation", Severity.ERROR, "relation \"t\" does not exist",
                Optional.of(new Location("a.sql", 2, 3, 2, 6)), Optional.of("m1"), Optional.of("create it"),
                Optional.of("42P01"));
        JsonNode json = MAPPER.readTree(render(new Report(List.of(finding), Map.of())));
        assertThat(json.get("version").asInt()).isEqualTo(1);
        JsonNode f = json.get("findings").get(0);
        assertThat(f.toString()).isEqualTo("{\"ruleId\":\"missing-relation\",\"severity\":\"error\","
                + "\"message\":\"relation \\\"t\\\" does not exist\",\"location\":{\"file\":\"a.sql\",\"line\":2,"
                + "\"column\":3,\"endLine\":2,\"endColumn\":6},\"migration\":\"m1\",\"fix\":\"create it\","
                + "\"sqlState\":\"42P01\"}");
        assertThat(json.get("summary").toString()).isEqualTo("{\"errors\":1,\"warnings\":0,\"infos\":0}");
    }

    @Test
    void leavesOutAbsentFieldsRatherThanWritingNull() throws IOException {
        Finding finding = new Finding("r", Severity.INFO, "m", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        String json = render(new Report(List.of(finding), Map.of()));
        assertThat(MAPPER.readTree(json).get("findings").get(0).toString())
                .isEqualTo("{\"ruleId\":\"r\",\"severity\":\"info\",\"message\":\"m\"}");
        assertThat(json).doesNotContain("null");
        assertThat(SchemaValidation.reportSchemaErrors(json)).isEmpty();
    }

    @Test
    void emptyReportIsValidAgainstTheSchema() throws IOException {
        String json = render(Report.empty());
        assertThat(json).isEqualTo("""
                {
                  "version": 1,
                  "findings": [],
                  "summary": {
                    "errors": 0,
                    "warnings": 0,
                    "infos": 0
                  }
                }
                """);
        assertThat(SchemaValidation.reportSchemaErrors(json)).isEmpty();
    }

    @Test
    void schemaRejectsDocumentsThatBreakTheContract() throws IOException {
        assertThat(SchemaValidation.reportSchemaErrors("{\"version\":1,\"findings\":[]}")).isNotEmpty();
        assertThat(SchemaValidation.reportSchemaErrors("{\"version\":2,\"findings\":[],"
                + "\"summary\":{\"errors\":0,\"warnings\":0,\"infos\":0}}")).isNotEmpty();
        assertThat(SchemaValidation.reportSchemaErrors("{\"version\":1,\"findings\":[{\"ruleId\":\"r\","
                + "\"severity\":\"fatal\",\"message\":\"m\"}],\"summary\":{\"errors\":0,\"warnings\":0,"
                + "\"infos\":0}}")).isNotEmpty();
        assertThat(SchemaValidation.reportSchemaErrors("{\"version\":1,\"findings\":[{\"ruleId\":\"r\","
                + "\"severity\":\"info\",\"message\":\"m\",\"location\":null}],\"summary\":{\"errors\":0,"
                + "\"warnings\":0,\"infos\":1}}")).isNotEmpty();
    }

    private static String render(Report report) {
        return new JsonRenderer().render(report, RenderOptions.defaults());
    }
}
