package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.DriftguardVersion;
import org.junit.jupiter.api.Test;

/** {@code --version}, SARIF and JSON name the same version: the pom's, with the commit for a SNAPSHOT. */
class VersionTest {

    private static final String VERSION = DriftguardVersion.current().text();

    @Test
    void versionPrintsThePomVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("driftguard " + VERSION).doesNotContain("development build");
    }

    @Test
    void reportsNameTheSameVersion() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sarif = mapper.readTree(CliRun.of("lint", IncidentProductionState.PROJECT.toString(),
                "--format", "sarif").out());
        assertThat(sarif.at("/runs/0/tool/driver/version").asText()).isEqualTo(VERSION);
        JsonNode json = mapper.readTree(CliRun.of("lint", IncidentProductionState.PROJECT.toString(),
                "--format", "json").out());
        assertThat(json.at("/tool/version").asText()).isEqualTo(VERSION);
        assertThat(json.at("/tool/name").asText()).isEqualTo("driftguard");
    }
}
