package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String FILE = "prisma/migrations/m1/migration.sql";

    private static final String SQL = """
            CREATE INDEX "a" ON "SocialPost" USING GIN ("content");
            CREATE INDEX "b" ON "Log" ("at") WHERE "at" > now();
            """;

    @TempDir
    Path dir;

    @Test
    void writtenBaselineAcceptsEveryFindingOfItsReport() throws IOException {
        Report report = report(SQL, "\"SocialPost\"", "now()");
        Path file = dir.resolve("driftguard-baseline.json");
        Baseline.write(report, file);
        Baseline baseline = Baseline.read(file).value().orElseThrow();
        assertThat(baseline.entries()).hasSize(2);
        assertThat(baseline.newFindings(report)).isEmpty();
    }

    @Test
    void findingMovedDownByInsertedLinesStaysBaselined() {
        Baseline baseline = Baseline.of(report(SQL, "\"SocialPost\"", "now()"));
        Report moved = report("-- a new comment\n-- and another\n\n" + SQL, "\"SocialPost\"", "now()");
        assertThat(moved.findings().get(0).location().orElseThrow().line()).isEqualTo(4);
        assertThat(baseline.newFindings(moved)).isEmpty();
    }

    @Test
    void changingTheOffendingTokenMakesTheFindingNew() {
        Baseline baseline = Baseline.of(report(SQL, "\"SocialPost\"", "now()"));
        Report changed = report(SQL.replace("now()", "clock_timestamp()"), "\"SocialPost\"", "clock_timestamp()");
        assertThat(baseline.newFindings(changed)).extracting(Finding::ruleId)
                .containsExactly("mutable-function-in-index-predicate");
    }

    @Test
    void secondOccurrenceOfTheSameTokenIsNewUntilBaselined() {
        Baseline baseline = Baseline.of(report(SQL, "\"SocialPost\""));
        String twice = SQL + "CREATE INDEX \"c\" ON \"SocialPost\" (\"id\");\n";
        SourceFile source = new SourceFile(FILE, twice);
        int second = twice.lastIndexOf("\"SocialPost\"");
        Finding first = relationFinding(source, twice.indexOf("\"SocialPost\""));
        Finding again = relationFinding(source, second);
        Report report = new Report(List.of(first, again), Map.of(FILE, source));
        assertThat(baseline.newFindings(report)).containsExactly(again);
    }

    @Test
    void findingWithoutLocationIsIdentifiedByItsMessage() {
        Finding failed = new Finding("failed-migration", Severity.ERROR, "migration m0 failed", Optional.empty(),
                Optional.of("m0"), Optional.empty(), Optional.empty());
        Baseline baseline = Baseline.of(new Report(List.of(failed), Map.of()));
        Finding other = new Finding("failed-migration", Severity.ERROR, "migration m9 failed", Optional.empty(),
                Optional.of("m9"), Optional.empty(), Optional.empty());
        assertThat(baseline.newFindings(List.of(failed, other), Map.of())).containsExactly(other);
    }

    @Test
    void fileIsVersionedReadableJson() throws IOException {
        Path file = dir.resolve("b.json");
        Baseline.write(report(SQL, "now()"), file);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"fingerprint\": \"")
                .contains("\"ruleId\": \"mutable-function-in-index-predicate\",\n      \"file\": \"" + FILE
                        + "\",\n      \"migration\": \"m1\",\n      \"message\": \"bad\"\n");
    }

    @Test
    void corruptFileGivesAClearLocatedProblem() throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"findings\": [ {\"fingerprint\": oops} ]\n}\n");
        LoadResult<Baseline> result = Baseline.read(file);
        assertThat(result.isValid()).isFalse();
        Finding problem = result.problems().get(0);
        assertThat(problem.ruleId()).isEqualTo("invalid-baseline");
        assertThat(problem.message()).startsWith("baseline file " + file + " is not valid JSON: ");
        assertThat(problem.location().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void otherVersionIsRefusedWithAHint() throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"version\": 2, \"findings\": []}");
        assertThat(Baseline.read(file).describeProblems()).isEqualTo(file + ":1:1: baseline file " + file
                + ": version 2 is not supported; this Driftguard reads version 1 (write the baseline again with "
                + "--write-baseline)");
    }

    @Test
    void badEntriesAreEachNamed() throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"fingerprint\": \"abc\", \"ruleId\": \"r\"},"
                + " {\"fingerprint\": \"" + "0".repeat(64) + "\"}]}");
        assertThat(Baseline.read(file).problems()).extracting(Finding::message).containsExactly(
                "baseline file " + file + ": findings[0].fingerprint: expected 64 lower-case hex digits",
                "baseline file " + file + ": findings[1].ruleId: expected a rule id");
    }

    @Test
    void wrongShapeIsRefused() throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "[1, 2]");
        assertThat(Baseline.read(file).problems()).extracting(Finding::message).containsExactly(
                "baseline file " + file + ": expected a JSON object with \"version\" and \"findings\"");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        Path file = dir.resolve("absent.json");
        assertThat(Baseline.read(file).problems()).extracting(Finding::message)
                .containsExactly("baseline file " + file + " does not exist; create it with --write-baseline");
    }

    private static Finding relationFinding(SourceFile source, int offset) {
        return new Finding("missing-relation", Severity.ERROR, "bad",
                Optional.of(source.location(offset, offset + "\"SocialPost\"".length())), Optional.of("m1"),
                Optional.empty(), Optional.empty());
    }

    /** A report with one finding per token, each at the token's first occurrence. */
    private static Report report(String sql, String... tokens) {
        SourceFile source = new SourceFile(FILE, sql);
        List<Finding> findings = java.util.Arrays.stream(tokens).map(token -> {
            int at = sql.indexOf(token);
            String rule = token.startsWith("\"") ? "missing-relation" : "mutable-function-in-index-predicate";
            Location location = source.location(at, at + token.length());
            return new Finding(rule, Severity.ERROR, "bad", Optional.of(location), Optional.of("m1"),
                    Optional.empty(), Optional.empty());
        }).toList();
        return new Report(findings, Map.of(FILE, source));
    }
}
