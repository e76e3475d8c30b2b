package dev.driftguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.driftguard.Finding;
import dev.driftguard.ProgressListener;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.rows.LiveRowChecks;
import dev.driftguard.rows.RowCheckOptions;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.sql.MigrationScript;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.testing.TestPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule's fixtures, {@code rules/<id>/{bad,good}/*.sql}: a {@code -- expect: <rule-id>} comment marks the
 * statement that follows it as one the rule must flag, and the rule must flag nothing else. An optional
 * {@code rules/<id>/setup.sql} is the target's state. For error rules PostgreSQL is the oracle: the fixture, run on a
 * real server as Prisma runs a migration (one script, one implicit transaction), must fail with the SQLSTATE the
 * finding predicts when bad, and succeed when good. An optional {@code rules/<id>/available-extensions.txt} lists
 * what the target server could install.
 */
class RuleFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+)");
    private static final SqlFrontEnd FRONT_END = new SqlFrontEnd();

    record Fixture(String ruleId, Path file, boolean bad) {
        @Override
        public String toString() {
            return ruleId + "/" + (bad ? "bad/" : "good/") + file.getFileName();
        }
    }

    static Stream<Fixture> fixtures() throws IOException, URISyntaxException {
        Path root = Paths.get(RuleFixturesTest.class.getResource("/rules").toURI());
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> rules = Files.list(root)) {
            for (Path ruleDir : rules.sorted().toList()) {
                for (String kind : List.of("bad", "good")) {
                    Path dir = ruleDir.resolve(kind);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            files.filter(f -> f.toString().endsWith(".sql")).sorted().forEach(f ->
                                    fixtures.add(new Fixture(ruleDir.getFileName().toString(), f, kind.equals("bad"))));
                        }
                    }
                }
            }
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void ruleFlagsExactlyTheMarkedStatements(Fixture fixture) throws Exception {
        Rule rule = RuleRegistry.builtin().stream().filter(r -> r.metadata().id().equals(fixture.ruleId()))
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + fixture.ruleId()));
        Optional<Path> setup = setupOf(fixture);
        Optional<Path> rows = rowsOf(fixture);
        Migration migration = migration(fixture.file());
        FindingCollector collector = new FindingCollector();
        Optional<String> liveUrl = Optional.empty();
        if (rows.isPresent()) {
            // A folder with rows.sql holds rules about the target's rows: the target is a real database holding
            // them, read and asked as a live lint does.
            liveUrl = Optional.of(TestPostgres.createDatabase("rows"));
            runScripts(liveUrl.get(), setup, rows);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(liveUrl.get());
            LiveTarget live = LiveTarget.of(dataSource, ReadLimits.defaults());
            Catalog target = live.read().catalog();
            Replay.Result result = new Replay(RuleRegistry.builtin()).run(target, List.of(migration), 16, collector,
                    ProgressListener.NONE, true);
            LiveRowChecks.answer(live, target, result.rowChecks(), RowCheckOptions.defaults())
                    .forEach(collector::add);
        } else {
            Catalog target = withAvailableExtensions(fixture,
                    setup.map(RuleFixturesTest::catalogAfter).orElse(Catalog.empty()));
            new Replay(RuleRegistry.builtin())
                    .run(target, List.of(migration), 16, collector);
        }
        List<Finding> ofRule = collector.findings().stream().filter(f -> f.ruleId().equals(fixture.ruleId())).toList();

        TreeSet<Integer> expectedStatements = expectedStatementIndexes(migration);
        TreeSet<Integer> actualStatements = new TreeSet<>();
        for (Finding f : ofRule) {
            actualStatements.add(statementIndexAt(migration, f.location().orElseThrow().line()));
        }
        assertThat(actualStatements).as("statements flagged by %s in %s; findings: %s", fixture.ruleId(), fixture,
                ofRule).isEqualTo(expectedStatements);
        if (!fixture.bad()) {
            assertThat(collector.findings()).as("a good fixture raises no error at all").noneMatch(
                    f -> f.severity() == Severity.ERROR);
        }
        if (rule.metadata().severity() == Severity.ERROR) {
            Optional<String> predicted = ofRule.stream().findFirst().flatMap(Finding::sqlState);
            if (fixture.bad()) {
                assertThat(predicted).as("an error finding predicts a SQLSTATE").isPresent();
            }
            assertPostgresAgrees(fixture, liveUrl, setup, predicted);
        }
    }

    private static void runScripts(String url, Optional<Path> setup, Optional<Path> rows)
            throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(TestPostgres.withParameter(url, "preferQueryMode", "simple"));
             Statement st = c.createStatement()) {
            for (Optional<Path> script : List.of(setup, rows)) {
                if (script.isPresent()) {
                    st.execute(Files.readString(script.get(), StandardCharsets.UTF_8));
                }
            }
            // Row estimates as a target that autovacuum has seen holds them.
            st.execute("ANALYZE");
        }
    }

    private static void assertPostgresAgrees(Fixture fixture, Optional<String> liveUrl, Optional<Path> setup,
                                             Optional<String> predicted) throws IOException, SQLException {
        String url = liveUrl.orElseGet(() -> TestPostgres.createDatabase("fixture"));
        if (liveUrl.isEmpty()) {
            runScripts(url, setup, Optional.empty());
        }
        // Simple query mode sends the file as one Query message, exactly as Prisma's migration engine does.
        try (Connection c = DriverManager.getConnection(TestPostgres.withParameter(url, "preferQueryMode", "simple"));
             Statement st = c.createStatement()) {
            try {
                st.execute(Files.readString(fixture.file(), StandardCharsets.UTF_8));
                if (predicted.isPresent()) {
                    fail("PostgreSQL accepted " + fixture + ", but Driftguard predicted SQLSTATE " + predicted.get());
                }
            } catch (SQLException e) {
                if (predicted.isEmpty()) {
                    fail("PostgreSQL rejected " + fixture + " (" + e.getSQLState() + " " + e.getMessage()
                            + ") and Driftguard predicted no failure");
                }
                assertThat(e.getSQLState()).as("SQLSTATE of %s: %s", fixture, e.getMessage()).isEqualTo(predicted.get());
            }
        }
    }

    private static Optional<Path> rowsOf(Fixture fixture) {
        Path rows = fixture.file().getParent().getParent().resolve("rows.sql");
        return Files.isRegularFile(rows) ? Optional.of(rows) : Optional.empty();
    }

    private static Optional<Path> setupOf(Fixture fixture) {
        Path setup = fixture.file().getParent().getParent().resolve("setup.sql");
        return Files.isRegularFile(setup) ? Optional.of(setup) : Optional.empty();
    }

    /**
     * A catalog replayed from {@code setup.sql} knows nothing of what the server could install; a rule folder that
     * needs it lists the extensions in {@code available-extensions.txt}, one name a line, as introspection would.
     */
    private static Catalog withAvailableExtensions(Fixture fixture, Catalog catalog) throws IOException {
        Path list = fixture.file().getParent().getParent().resolve("available-extensions.txt");
        if (!Files.isRegularFile(list)) {
            return catalog;
        }
        List<AvailableExtension> available = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty())
                .map(name -> new AvailableExtension(name, Optional.empty())).toList();
        return new Catalog(catalog.serverVersion(), catalog.searchPath(), catalog.schemas(), catalog.tables(),
                catalog.indexes(), catalog.constraints(), catalog.enums(), catalog.domains(), catalog.sequences(),
                catalog.extensions(), Optional.of(available), catalog.functions());
    }

    private static Catalog catalogAfter(Path setup) {
        FindingCollector ignored = new FindingCollector();
        return new Replay(List.of())
                .run(Catalog.empty(), List.of(migration(setup)), 16, ignored).catalog().toCatalog();
    }

    private static Migration migration(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            MigrationScript script = FRONT_END.parse(new SourceFile(file.getFileName().toString(), text));
            return new Migration(file.getFileName().toString().replace(".sql", ""), script, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Indexes of the statements that follow an {@code expect} comment. */
    private static TreeSet<Integer> expectedStatementIndexes(Migration migration) {
        SourceFile source = migration.source();
        TreeSet<Integer> expected = new TreeSet<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            Matcher m = EXPECT.matcher(source.line(line));
            if (m.find()) {
                int commentLine = line;
                List<SqlStatement> statements = migration.script().statements();
                for (int i = 0; i < statements.size(); i++) {
                    if (source.lineOf(statements.get(i).span().start()) > commentLine) {
                        expected.add(i);
                        break;
                    }
                }
            }
        }
        return expected;
    }

    private static int statementIndexAt(Migration migration, int line) {
        List<SqlStatement> statements = migration.script().statements();
        SourceFile source = migration.source();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            if (line >= source.lineOf(s.span().start()) && line <= source.lineOf(s.span().end())) {
                return i;
            }
        }
        return -1;
    }
}
