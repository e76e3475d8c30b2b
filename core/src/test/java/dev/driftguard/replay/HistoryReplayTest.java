package dev.driftguard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replaying a long history gives no error findings on migrations that PostgreSQL applies cleanly. Every history is
 * first applied to a real server, migration by migration as Prisma applies them, so the premise is proven and not
 * assumed; then all built-in rules replay it from the same empty database. The histories: {@code replay/histories}
 * (a Prisma project's evolution over many migrations, all of which apply), the SQL corpus (real-world migrations of
 * five projects, some of which PostgreSQL rejects), and the example project without its two incident migrations.
 */
class HistoryReplayTest {

    private static final SqlFrontEnd FRONT_END = new SqlFrontEnd();
    private static final String CLEAN_HISTORIES = "/replay/histories";
    /** The example's last two migrations are the incident: they fail on purpose. */
    private static final Set<String> INCIDENT = Set.of("20251223_add_gin_indexes", "20251223_add_partial_indexes");

    /** @param clean every migration is meant to apply, so a rejection is a broken premise and fails the test */
    record History(String name, List<Path> migrations, boolean clean) {
        @Override
        public String toString() {
            return name + " (" + migrations.size() + " migrations)";
        }
    }

    static Stream<History> histories() throws IOException, URISyntaxException {
        Stream.Builder<History> histories = Stream.builder();
        for (String root : List.of(CLEAN_HISTORIES, "/sql/corpus")) {
            Path folder = Paths.get(HistoryReplayTest.class.getResource(root).toURI());
            try (Stream<Path> projects = Files.list(folder)) {
                for (Path project : projects.sorted().toList()) {
                    histories.add(new History(project.getFileName().toString(), migrationsIn(project, Set.of()),
                            root.equals(CLEAN_HISTORIES)));
                }
            }
        }
        Path example = Paths.get("..", "examples", "vps-subset", "prisma", "migrations");
        if (Files.isDirectory(example)) {
            histories.add(new History("vps-subset", migrationsIn(example, INCIDENT), true));
        }
        return histories.build();
    }

    private static List<Path> migrationsIn(Path folder, Set<String> excluded) throws IOException {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory).filter(d -> !excluded.contains(d.getFileName().toString()))
                    .sorted().map(d -> d.resolve("migration.sql")).filter(Files::isRegularFile).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void replayingMigrationsPostgresAppliesCleanlyGivesNoErrorFindings(History history) throws Exception {
        Outcome outcome = applyOnPostgres(history);
        if (history.clean()) {
            assertThat(outcome.rejected()).as("migrations of %s that PostgreSQL rejects", history).isEmpty();
        }

        FindingCollector findings = new FindingCollector();
        new Replay(RuleRegistry.builtin()).run(outcome.start(), outcome.applied(), 16, findings);

        List<Finding> errors = findings.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as("error findings replaying the %d migrations of %s that PostgreSQL applied",
                outcome.applied().size(), history).isEmpty();
    }

    /**
     * The other half of the oracle: where PostgreSQL rejects a migration of the history, replay on the state PostgreSQL
     * had at that point predicts the failure, and its first error finding names PostgreSQL's SQLSTATE.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aMigrationPostgresRejectsIsPredictedWithItsSqlState(History history) throws Exception {
        Outcome outcome = applyOnPostgres(history);
        for (Map.Entry<Migration, String> rejected : outcome.rejected().entrySet()) {
            Migration migration = rejected.getKey();
            List<Migration> upToIt = new ArrayList<>(outcome.appliedBefore().get(migration));
            upToIt.add(migration);
            FindingCollector findings = new FindingCollector();
            new Replay(RuleRegistry.builtin()).run(outcome.start(), upToIt, 16, findings);
            Optional<Finding> first = findings.findings().stream()
                    .filter(f -> f.migration().equals(Optional.of(migration.name())))
                    .filter(f -> f.severity() == Severity.ERROR).findFirst();
            assertThat(first.flatMap(Finding::sqlState)).as("predicted SQLSTATE of %s/%s, which PostgreSQL rejects "
                    + "with %s; first error finding: %s", history.name(), migration.name(), rejected.getValue(), first)
                    .contains(rejected.getValue());
        }
    }

    /** What PostgreSQL did with each migration of a history, applied in order, starting from {@code start}. */
    record Outcome(Catalog start, List<Migration> applied, Map<Migration, String> rejected,
                   Map<Migration, List<Migration>> appliedBefore) {
    }

    /**
     * Each migration as one script over the simple query protocol, in order, as {@code prisma migrate deploy} does;
     * a migration PostgreSQL rejects rolls back as a whole and the history goes on without it. The start is the
     * fresh database as introspection reads it, so it knows which extensions the server could install.
     */
    private static Outcome applyOnPostgres(History history) throws SQLException {
        String url = TestPostgres.createDatabase("history_" + history.name());
        List<Migration> applied = new ArrayList<>();
        Map<Migration, String> rejected = new LinkedHashMap<>();
        Map<Migration, List<Migration>> appliedBefore = new LinkedHashMap<>();
        Catalog start;
        try (Connection c = DriverManager.getConnection(TestPostgres.withParameter(url, "preferQueryMode", "simple"));
             Statement st = c.createStatement()) {
            start = CatalogIntrospector.read(c, ReadLimits.defaults()).catalog();
            for (Path file : history.migrations()) {
                Migration migration = migration(file);
                appliedBefore.put(migration, List.copyOf(applied));
                try {
                    st.execute(migration.source().text());
                    applied.add(migration);
                } catch (SQLException e) {
                    rejected.put(migration, e.getSQLState());
                }
            }
        }
        return new Outcome(start, applied, rejected, appliedBefore);
    }

    private static Migration migration(Path file) {
        try {
            String name = file.getParent().getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Migration(name, FRONT_END.parse(new SourceFile(name + "/migration.sql", text)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
