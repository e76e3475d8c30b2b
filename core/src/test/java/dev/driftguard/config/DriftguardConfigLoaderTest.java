package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.report.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftguardConfigLoaderTest {

    private static final Set<String> RULES = Set.of("missing-relation", "undeployed-model", "rolled-back-migration");

    @TempDir
    Path project;

    @Test
    void absentFileGivesTheDefaults() {
        LoadResult<DriftguardConfig> result = DriftguardConfigLoader.load(project, RULES);
        assertThat(result.value()).contains(DriftguardConfig.defaults());
        assertThat(result.source()).isEmpty();
    }

    @Test
    void readsEverySetting() throws IOException {
        Files.writeString(project.resolve("driftguard.yaml"), """
                tool: prisma
                postgres: 16
                fail-on: warning
                rules:
                  undeployed-model: off
                  rolled-back-migration: warning
                  missing-relation: on
                ignore:
                  - "prisma/migrations/2023*/"
                  - legacy/**
                catalog: target-catalog.json
                """);
        DriftguardConfig config = DriftguardConfigLoader.load(project, RULES).value().orElseThrow();
        assertThat(config).isEqualTo(new DriftguardConfig(Optional.of(MigrationTool.PRISMA), Optional.of(16), Severity.WARNING,
                Map.of("undeployed-model", RuleSetting.off(),
                        "rolled-back-migration", RuleSetting.withSeverity(Severity.WARNING),
                        "missing-relation", RuleSetting.DEFAULT),
                List.of("prisma/migrations/2023*/", "legacy/**"), Optional.of("target-catalog.json")));
    }

    @Test
    void emptyFileGivesTheDefaults() {
        assertThat(parse("# nothing yet\n").value()).contains(DriftguardConfig.defaults());
    }

    @Test
    void unknownKeyIsReportedAtItsLineAndNamed() {
        LoadResult<DriftguardConfig> result = parse("tool: prisma\nfailon: warning\n");
        assertThat(result.isValid()).isFalse();
        assertThat(only(result)).isEqualTo(new Finding("invalid-config", Severity.ERROR,
                "unknown key \"failon\"; known keys: tool, postgres, catalog, fail-on, rules, ignore",
                Optional.of(new Location("driftguard.yaml", 2, 1, 2, 7)), Optional.empty(),
                Optional.of("see the configuration reference in docs/configuration.md"), Optional.empty()));
        assertThat(result.describeProblems()).isEqualTo(
                "driftguard.yaml:2:1: unknown key \"failon\"; known keys: tool, postgres, catalog, fail-on, rules, ignore");
    }

    @Test
    void problemsRenderWithTheOffendingYamlLine() {
        LoadResult<DriftguardConfig> result = parse("rules:\n  missing-relation: fatal\n");
        Report report = new Report(result.problems(), Map.of("driftguard.yaml", result.source().orElseThrow()));
        assertThat(new TextRenderer().render(report, RenderOptions.defaults())).isEqualTo("""
                error[invalid-config]: rules.missing-relation: "fatal" is not a severity; use error, warning, info or off
                  --> driftguard.yaml:2:21
                   |
                 2 |   missing-relation: fatal
                   |                     ^^^^^
                   = help: see the configuration reference in docs/configuration.md

                1 error
                """);
    }

    @Test
    void wrongTypeNamesTheKeyAndWhatWasExpected() {
        Finding problem = only(parse("postgres: sixteen\n"));
        assertThat(problem.message()).isEqualTo("postgres: expected a PostgreSQL major version such as 16, found text");
        assertThat(problem.location()).contains(new Location("driftguard.yaml", 1, 11, 1, 18));
    }

    @Test
    void listWhereTextIsExpectedIsAWrongType() {
        assertThat(only(parse("tool: [prisma]\n")).message())
                .isEqualTo("tool: expected a migration tool such as prisma, found a list");
    }

    @Test
    void unknownRuleIdIsReportedAtTheRuleKey() {
        Finding problem = only(parse("rules:\n  mising-relation: off\n"));
        assertThat(problem.message()).isEqualTo("rules: unknown rule \"mising-relation\"");
        assertThat(problem.location()).contains(new Location("driftguard.yaml", 2, 3, 2, 18));
    }

    @Test
    void badSeverityIsReportedAtTheValue() {
        Finding problem = only(parse("rules:\n  missing-relation: fatal\n"));
        assertThat(problem.message())
                .isEqualTo("rules.missing-relation: \"fatal\" is not a severity; use error, warning, info or off");
        assertThat(problem.location()).contains(new Location("driftguard.yaml", 2, 21, 2, 26));
    }

    @Test
    void badFailOnAndUnsupportedToolAndOldPostgresAreAllReported() {
        LoadResult<DriftguardConfig> result = parse("tool: liquibase\npostgres: 9\nfail-on: \"fatal\"\n");
        assertThat(result.problems()).extracting(Finding::message).containsExactly(
                "tool: \"liquibase\" is not a supported migration tool; supported: prisma, flyway, sql",
                "postgres: 9 is not supported; Driftguard models PostgreSQL 12 and later",
                "fail-on: \"fatal\" is not a severity; use error, warning or info");
        assertThat(result.problems().get(2).location()).contains(new Location("driftguard.yaml", 3, 10, 3, 17));
    }

    @Test
    void malformedGlobIsReported() {
        Finding problem = only(parse("ignore:\n  - \"prisma/[oops\"\n"));
        assertThat(problem.message()).startsWith("ignore: \"prisma/[oops\" is not a valid glob: ");
        assertThat(problem.location().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void ignoreMustBeAList() {
        assertThat(only(parse("ignore: legacy/**\n")).message())
                .isEqualTo("ignore: expected a list of path globs, found text");
    }

    @Test
    void duplicateKeyIsReported() {
        assertThat(only(parse("postgres: 15\npostgres: 16\n")).message()).isEqualTo("key \"postgres\" is given twice");
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThat(only(parse("- tool\n")).message())
                .isEqualTo("the file must be a mapping of settings (tool, postgres, catalog, fail-on, rules, ignore)");
    }

    @Test
    void invalidYamlIsReportedWithItsLocation() {
        LoadResult<DriftguardConfig> result = parse("tool: prisma\npostgres: \"16\n");
        Finding problem = only(result);
        assertThat(problem.message()).startsWith("not valid YAML: ");
        assertThat(problem.location()).isPresent();
        assertThat(result.source()).isPresent();
    }

    @Test
    void unreadableFileIsAProblemNotAnException() throws IOException {
        Files.createDirectory(project.resolve("driftguard.yaml"));
        Finding problem = only(DriftguardConfigLoader.load(project, RULES));
        assertThat(problem.message()).startsWith("cannot read driftguard.yaml: ");
    }

    private static Finding only(LoadResult<DriftguardConfig> result) {
        assertThat(result.value()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static LoadResult<DriftguardConfig> parse(String yaml) {
        return DriftguardConfigLoader.parse(new SourceFile("driftguard.yaml", yaml), RULES);
    }
}
