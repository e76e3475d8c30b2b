package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void describesRulesWithHelpUriAndDefaultLevel() throws IOException {
        JsonNode rules = sarif(IncidentReport.report(), IncidentReport.options()).at("/runs/0/tool/driver/rules");
        assertThat(rules).hasSize(5);
        JsonNode undeployed = rules.get(4);
        assertThat(undeployed.get("id").asText()).isEqualTo("undeployed-model");
        assertThat(undeployed.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(undeployed.get("helpUri").asText())
                .isEqualTo("https://github.com/driftguard/driftguard/blob/main/docs/rules/undeployed-model.md");
    }

    @Test
    void resultPointsAtTheRegionAndItsRule() throws IOException {
        JsonNode run = sarif(IncidentReport.report(), IncidentReport.options()).at("/runs/0");
        JsonNode missingRelation = run.at("/results/2");
        assertThat(missingRelation.get("ruleId").asText()).isEqualTo("missing-relation");
        assertThat(run.at("/tool/driver/rules/" + missingRelation.get("ruleIndex").asInt() + "/id").asText())
                .isEqualTo("missing-relation");
        assertThat(missingRelation.get("level").asText()).isEqualTo("error");
        assertThat(missingRelation.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(IncidentReport.GIN_FILE);
        assertThat(missingRelation.at("/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":10,\"startColumn\":46,\"endLine\":10,\"endColumn\":58}");
        assertThat(missingRelation.at("/properties/sqlState").asText()).isEqualTo("42P01");
    }

    @Test
    void infoBecomesNoteAndRulesWithoutMetadataStillGetADescriptor() throws IOException {
        Finding finding = new Finding("unused-ignore", Severity.INFO, "unused", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        String text = new SarifRenderer().render(new Report(List.of(finding), Map.of()), RenderOptions.defaults());
        JsonNode run = MAPPER.readTree(text).at("/runs/0");
        assertThat(run.at("/results/0/level").asText()).isEqualTo("note");
        assertThat(run.at("/results/0/locations")).isEmpty();
        assertThat(run.at("/tool/driver/rules/0").toString()).isEqualTo("{\"id\":\"unused-ignore\"}");
        assertThat(SchemaValidation.sarifSchemaErrors(text)).isEmpty();
    }

    @Test
    void findingWithoutLocationIsShownAtTheTopOfItsMigrationsFile() throws IOException {
        Finding failed = new Finding("failed-migration", Severity.ERROR, "failed", Optional.empty(),
                Optional.of("20251223_add_gin_indexes"), Optional.empty(), Optional.empty());
        Report report = new Report(List.of(failed), Map.of(IncidentReport.GIN_FILE, IncidentReport.GIN));
        String text = new SarifRenderer().render(report,
                RenderOptions.defaults().withAnchorFile("prisma/schema.prisma"));
        JsonNode location = MAPPER.readTree(text).at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.toString()).isEqualTo("{\"artifactLocation\":{\"uri\":\"" + IncidentReport.GIN_FILE
                + "\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":1}}");
        assertThat(SchemaValidation.sarifSchemaErrors(text)).isEmpty();
    }

    @Test
    void findingWithoutLocationOrMigrationFileIsShownAtTheAnchorFile() throws IOException {
        Finding missing = new Finding("missing-local-migration", Severity.WARNING, "gone", Optional.empty(),
                Optional.of("20240101_gone"), Optional.empty(), Optional.empty());
        String text = new SarifRenderer().render(new Report(List.of(missing), Map.of()),
                RenderOptions.defaults().withAnchorFile("prisma/schema.prisma"));
        assertThat(MAPPER.readTree(text).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText()).isEqualTo("prisma/schema.prisma");
    }

    @Test
    void urisAreGivenFromTheRepositoryRootWhenTheProjectIsBelowIt() throws IOException {
        JsonNode result = sarif(IncidentReport.report(), IncidentReport.options().withProjectPath("apps/web"))
                .at("/runs/0/results/2/locations/0/physicalLocation/artifactLocation/uri");
        assertThat(result.asText()).isEqualTo("apps/web/" + IncidentReport.GIN_FILE);
    }

    @Test
    void projectAtTheRepositoryRootKeepsPathsAsTheyAre() {
        assertThat(RenderOptions.defaults().withProjectPath(".").repositoryPath("a.sql")).isEqualTo("a.sql");
        assertThat(RenderOptions.defaults().withProjectPath("").projectPath()).isEmpty();
        assertThat(RenderOptions.defaults().withProjectPath("x\\y").repositoryPath("a.sql")).isEqualTo("x/y/a.sql");
    }

    @Test
    void fingerprintStaysWhenLinesAreInsertedAbove() throws IOException {
        String before = fingerprintOfFirstResult("CREATE INDEX i ON \"Gone\" (a);\n");
        String after = fingerprintOfFirstResult("-- a comment\n\nCREATE INDEX i ON \"Gone\" (a);\n");
        assertThat(after).isEqualTo(before).hasSize(64);
    }

    @Test
    void officialSchemaRejectsABrokenLog() throws IOException {
        assertThat(SchemaValidation.sarifSchemaErrors("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"))
                .isNotEmpty();
        assertThat(SchemaValidation.sarifSchemaErrors("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":"
                + "{\"name\":\"x\"}},\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}"))
                .isNotEmpty();
    }

    private static String fingerprintOfFirstResult(String sql) throws IOException {
        dev.driftguard.SourceFile file = new dev.driftguard.SourceFile("m.sql", sql);
        Finding finding = new Finding("missing-relation", Severity.ERROR, "gone",
                Optional.of(IncidentReport.at(file, "\"Gone\"")), Optional.empty(), Optional.empty(),
                Optional.empty());
        Report report = new Report(List.of(finding), Map.of("m.sql", file));
        return sarif(report, RenderOptions.defaults()).at("/runs/0/results/0/partialFingerprints/driftguard~1v1")
                .asText();
    }

    private static JsonNode sarif(Report report, RenderOptions options) throws IOException {
        return MAPPER.readTree(new SarifRenderer().render(report, options));
    }
}
