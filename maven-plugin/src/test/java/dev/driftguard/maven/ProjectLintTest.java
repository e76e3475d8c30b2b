package dev.driftguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.DriftguardException;
import dev.driftguard.Severity;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLintTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private final List<String> logged = new ArrayList<>();

    @Test
    void theIncidentFailsOnErrorsAndPassesWithFailOnNever() throws DriftguardException {
        LintSettings settings = settings(EXAMPLES.resolve("flyway-incident"));

        LintResult result = run(settings);

        assertThat(result.fails()).isTrue();
        assertThat(result.failing()).extracting(f -> f.ruleId())
                .contains("mutable-function-in-index-predicate", "missing-relation");
        assertThat(result.render(ReportFormat.SARIF)).contains("\"version\": \"2.1.0\"")
                .contains("examples/flyway-incident/src/main/resources/db/migration/V3__active_sessions_index.sql");
        // driftguard.yaml names the snapshot; the log says which file was read.
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("target-catalog.json"));

        LintResult never = run(withFailOn(settings, LintSettings.FailOn.NEVER));
        assertThat(never.fails()).isFalse();
        assertThat(never.report().findings()).isNotEmpty();
    }

    @Test
    void aCleanProjectPasses() throws DriftguardException {
        LintResult result = run(settings(EXAMPLES.resolve("flyway-clean")));

        assertThat(result.fails()).isFalse();
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.threshold()).contains(Severity.ERROR);
    }

    @Test
    void aMissingMigrationsFolderIsNamed(@TempDir Path dir) {
        LintSettings settings = new LintSettings(dir, Optional.of(MigrationTool.FLYWAY), Optional.empty(),
                Optional.of(dir.resolve("nowhere")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ReportFormat.TEXT, Optional.empty(), dir.resolve("target"), Optional.empty());

        assertThatThrownBy(() -> run(settings)).isInstanceOf(DriftguardException.class)
                .hasMessageContaining("migrations folder not found").hasMessageContaining("nowhere");
    }

    @Test
    void aBrokenSnapshotIsNamed(@TempDir Path dir) throws IOException {
        Path snapshot = Files.writeString(dir.resolve("broken.json"), "{ \"catalog\" : [");
        LintSettings settings = new LintSettings(EXAMPLES.resolve("flyway-clean"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(snapshot),
                Optional.empty(),
                Optional.empty(), ReportFormat.TEXT, Optional.empty(), dir.resolve("target"), Optional.empty());

        assertThatThrownBy(() -> run(settings)).isInstanceOf(DriftguardException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void thePasswordInTheDatabaseUrlIsNeverRepeated(@TempDir Path dir) {
        assertPasswordNeverRepeated(databaseSettings(dir, "postgresql://app:s3cr3t-pw@127.0.0.1:1/prod",
                Optional.empty()));
    }

    @Test
    void thePasswordFromSettingsXmlIsNeverRepeated(@TempDir Path dir) {
        LintSettings settings = databaseSettings(dir, "postgresql://app@127.0.0.1:1/prod",
                Optional.of(new LintSettings.Password("s3cr3t-pw")));

        assertThat(settings.toString()).doesNotContain("s3cr3t-pw");
        assertPasswordNeverRepeated(settings);
    }

    private void assertPasswordNeverRepeated(LintSettings settings) {
        assertThatThrownBy(() -> run(settings)).isInstanceOf(DriftguardException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("127.0.0.1").doesNotContain("s3cr3t-pw"));
        assertThat(logged).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("s3cr3t-pw"));
    }

    /** A target on port 1 of this machine: nothing listens there, so the connection is refused at once. */
    private static LintSettings databaseSettings(Path dir, String url, Optional<LintSettings.Password> password) {
        return new LintSettings(EXAMPLES.resolve("flyway-clean"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(url), password, Optional.empty(), Optional.empty(), Optional.empty(),
                ReportFormat.TEXT, Optional.empty(), dir.resolve("target"), Optional.empty());
    }

    @Test
    void settingsNameTheParameterThatIsWrong() {
        assertThat(LintSettings.parseTool("Flyway")).isEqualTo(MigrationTool.FLYWAY);
        assertThat(LintSettings.parseFailOn("WARNING").threshold()).contains(Severity.WARNING);
        assertThat(LintSettings.parseFailOn("never").threshold()).isEmpty();
        assertThat(LintSettings.parseFormat("junit")).isEqualTo(ReportFormat.JUNIT);
        assertThatThrownBy(() -> LintSettings.parseTool("liquibase")).hasMessageContaining("tool \"liquibase\"")
                .hasMessageContaining("flyway");
        assertThatThrownBy(() -> LintSettings.parseFailOn("fatal")).hasMessageContaining("failOn \"fatal\"");
        assertThatThrownBy(() -> LintSettings.parseFormat("HTML")).hasMessageContaining("format \"html\"");
    }

    private LintResult run(LintSettings settings) throws DriftguardException {
        return ProjectLint.run(settings, "example", Path.of(".."), "test", logged::add);
    }

    private static LintSettings settings(Path projectDir) {
        return new LintSettings(projectDir, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ReportFormat.TEXT, Optional.empty(),
                projectDir.resolve("target"), Optional.empty());
    }

    private static LintSettings withFailOn(LintSettings s, LintSettings.FailOn failOn) {
        return new LintSettings(s.projectDir(), s.tool(), s.schema(), s.migrations(), s.databaseUrl(),
                s.databasePassword(), s.catalog(),
                s.postgresMajor(), Optional.of(failOn), s.format(), s.output(), s.reportsDirectory(), s.baseline());
    }
}
