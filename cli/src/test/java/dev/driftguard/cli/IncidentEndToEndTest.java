package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.testing.TestDatabase;
import dev.driftguard.SourceFile;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The VED-4R86 incident, caught before deploy: the same findings from the committed snapshot and from a live
 * database brought to production's state, each error proven by PostgreSQL itself.
 */
class IncidentEndToEndTest {

    static final Path PROJECT = IncidentProductionState.PROJECT;
    static final String GIN = "prisma/migrations/20251223_add_gin_indexes/migration.sql";
    static final String PARTIAL = "prisma/migrations/20251223_add_partial_indexes/migration.sql";
    static final String SCHEMA = "prisma/schema.prisma";

    /** rule, file, line, column of the five findings of the incident. */
    static final List<Tuple> EXPECTED = List.of(
            tuple("missing-type", GIN, 3, 49),
            tuple("failed-migration", GIN, 3, 1),
            tuple("missing-relation", GIN, 10, 46),
            tuple("mutable-function-in-index-predicate", PARTIAL, 5, 25),
            // Warnings about locks: production holds these tables, and neither migration sets lock_timeout.
            tuple("missing-lock-timeout", GIN, 3, 13),
            tuple("non-concurrent-index", GIN, 6, 41),
            tuple("non-concurrent-index", GIN, 8, 47),
            tuple("missing-lock-timeout", PARTIAL, 4, 42),
            tuple("non-concurrent-index", PARTIAL, 4, 42),
            tuple("non-concurrent-index", PARTIAL, 8, 50),
            tuple("undeployed-model", SCHEMA, 107, 7),
            tuple("undeployed-model", SCHEMA, 115, 7),
            tuple("undeployed-model", SCHEMA, 123, 7),
            tuple("undeployed-model", SCHEMA, 133, 7));

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findsTheIncidentFromTheCommittedSnapshot() throws Exception {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(findings(run)).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void findsTheSameAgainstALiveDatabaseInProductionState() throws Exception {
        TestDatabase production = IncidentProductionState.create();

        CliRun run = CliRun.of("lint", PROJECT.toString(), "--database-url", production.jdbcUrl(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(findings(run)).containsExactlyInAnyOrderElementsOf(EXPECTED);

        assertThat(rejectedStatements(production, GIN, PARTIAL))
                .as("PostgreSQL rejects exactly the statements with error findings, with the predicted SQLSTATE")
                .containsExactlyInAnyOrderElementsOf(predictedRejections(run));
    }

    /** file, first line of the statement, SQLSTATE: each pending statement run on its own, as far as PostgreSQL goes. */
    private static List<Tuple> rejectedStatements(TestDatabase database, String... files) throws Exception {
        List<Tuple> rejected = new ArrayList<>();
        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            for (String file : files) {
                SourceFile source = new SourceFile(file, Files.readString(PROJECT.resolve(file)));
                for (SqlStatement statement : new SqlFrontEnd().parse(source).statements()) {
                    try {
                        st.execute(statement.text());
                    } catch (SQLException e) {
                        rejected.add(tuple(file, source.lineOf(statement.span().start()), e.getSQLState()));
                    }
                }
            }
        }
        return rejected;
    }

    /** file, first line of the statement, SQLSTATE of every finding that predicts a failure. */
    private List<Tuple> predictedRejections(CliRun run) throws Exception {
        List<Tuple> predicted = new ArrayList<>();
        for (JsonNode f : json.readTree(run.out()).get("findings")) {
            if (f.hasNonNull("sqlState")) {
                String file = f.get("location").get("file").asText();
                SourceFile source = new SourceFile(file, Files.readString(PROJECT.resolve(file)));
                int line = f.get("location").get("line").asInt();
                int statementLine = new SqlFrontEnd().parse(source).statements().stream()
                        .filter(s -> source.lineOf(s.span().start()) <= line && line <= source.lineOf(s.span().end()))
                        .map(s -> source.lineOf(s.span().start())).findFirst().orElse(-1);
                predicted.add(tuple(file, statementLine, f.get("sqlState").asText()));
            }
        }
        return predicted;
    }

    private List<Tuple> findings(CliRun run) throws Exception {
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        List<Tuple> found = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            JsonNode location = f.get("location");
            found.add(tuple(f.get("ruleId").asText(), location.get("file").asText(), location.get("line").asInt(),
                    location.get("column").asInt()));
        }
        return found;
    }
}
