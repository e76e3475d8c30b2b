package dev.driftguard.volatility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Domain;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Volatility;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every expression of {@code volatility/corpus.txt} on real PostgreSQL (as an index predicate, an index key or
 * a generated column) and checks that the analyzer agrees with the server: rejected with 42P17 exactly when the
 * analyzer finds a mutable part. Major 16 runs the whole corpus; 12 and 18 run every entry valid on them.
 */
class VolatilityCorpusTest {

    private static final String COLUMNS = """
            id integer, big bigint, small smallint, amount numeric(10,2), price double precision, ratio real,
            ts timestamp(3) without time zone, tstz timestamp with time zone, day date, tm time, tmtz timetz,
            email text, name varchar(100), code char(3), doc jsonb, raw json, role "Role", uid uuid,
            active boolean, tags text[], ids integer[], dur interval, data bytea, contact email_address,
            happened moment""";

    private static final String SETUP = """
            CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');
            CREATE DOMAIN email_address AS text;
            CREATE DOMAIN moment AS timestamp with time zone;
            CREATE TABLE probe (%s);
            CREATE FUNCTION my_immutable(text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS 'BEGIN RETURN $1; END';
            CREATE FUNCTION my_stable(text) RETURNS text LANGUAGE plpgsql STABLE AS 'BEGIN RETURN $1; END';
            CREATE FUNCTION my_volatile(text) RETURNS text LANGUAGE plpgsql VOLATILE AS 'BEGIN RETURN $1; END';
            CREATE FUNCTION my_sql_stable(text) RETURNS text LANGUAGE sql STABLE AS 'SELECT lower($1)';
            CREATE FUNCTION my_sql_now(text) RETURNS text LANGUAGE sql STABLE AS 'SELECT $1 || now()::text';
            """.formatted(COLUMNS);

    private static final FixedCatalogView CATALOG = new FixedCatalogView(
            List.of(new EnumType(QualifiedName.publicName("Role"), List.of("ADMIN", "USER"))),
            List.of(new Domain(QualifiedName.publicName("email_address"), "text", false),
                    new Domain(QualifiedName.publicName("moment"), "timestamp with time zone", false)),
            List.of(userFunction("my_immutable", Volatility.IMMUTABLE, "plpgsql"),
                    userFunction("my_stable", Volatility.STABLE, "plpgsql"),
                    userFunction("my_volatile", Volatility.VOLATILE, "plpgsql"),
                    userFunction("my_sql_stable", Volatility.STABLE, "sql"),
                    userFunction("my_sql_now", Volatility.STABLE, "sql")));

    private final VolatilityAnalyzer analyzer = new VolatilityAnalyzer();
    private final SqlFrontEnd frontEnd = new SqlFrontEnd();

    record Entry(int line, String kind, String expression) {

        String statement() {
            if (kind.equals("where")) {
                return "CREATE INDEX probe_idx ON probe (id) WHERE " + expression + ";";
            }
            if (kind.equals("key")) {
                return "CREATE INDEX probe_idx ON probe ((" + expression + "));";
            }
            String type = kind.substring("generated ".length());
            return "CREATE TABLE probe_gen (" + COLUMNS + ", g " + type + " GENERATED ALWAYS AS (" + expression
                    + ") STORED);";
        }

        @Override
        public String toString() {
            return "line " + line + ": " + kind + " | " + expression;
        }
    }

    enum Outcome { ACCEPTED, REJECTED_NOT_IMMUTABLE, INVALID }

    record Verdict(Outcome outcome, String message) {
    }

    /** The server's verdicts and the column types as introspection reports them. */
    record ServerRun(Map<String, Verdict> verdicts, Map<String, String> columnTypes) {
    }

    private static final Map<Integer, ServerRun> RUNS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> agreesWithPostgres16() {
        return tests(16, true);
    }

    @TestFactory
    Stream<DynamicTest> agreesWithPostgres12() {
        return tests(12, false);
    }

    @TestFactory
    Stream<DynamicTest> agreesWithPostgres18() {
        return tests(18, false);
    }

    private Stream<DynamicTest> tests(int major, boolean everyEntryValid) {
        Assumptions.assumeTrue(PostgresMajor.binariesAvailable(major), "binaries of PostgreSQL " + major);
        List<Entry> corpus = corpus();
        ServerRun run = RUNS.computeIfAbsent(major, m -> runOnServer(m, corpus));
        return corpus.stream().map(entry -> {
            Verdict verdict = run.verdicts().get(entry.statement());
            return DynamicTest.dynamicTest(entry + " -> " + verdict.outcome().name().toLowerCase(Locale.ROOT),
                    () -> agree(major, everyEntryValid, entry, verdict, run.columnTypes()));
        });
    }

    private void agree(int major, boolean everyEntryValid, Entry entry, Verdict verdict,
                       Map<String, String> columnTypes) {
        if (verdict.outcome() == Outcome.INVALID) {
            assertThat(everyEntryValid).as("PostgreSQL %d refused %s: %s", major, entry, verdict.message())
                    .isFalse();
            Assumptions.abort("not valid on PostgreSQL " + major + ": " + verdict.message());
        }
        Optional<Expr> expression = parse(entry);
        Assumptions.assumeTrue(expression.isPresent(), "the SQL front end cannot read " + entry);
        Optional<MutableExpression> found = analyzer.firstMutable(expression.get(),
                new ExpressionScope(columnTypes, CATALOG, major));
        assertThat(found.isPresent())
                .as("PostgreSQL %d %s %s; analyzer found %s", major,
                        verdict.outcome() == Outcome.ACCEPTED ? "accepts" : "rejects", entry, found)
                .isEqualTo(verdict.outcome() == Outcome.REJECTED_NOT_IMMUTABLE);
    }

    private Optional<Expr> parse(Entry entry) {
        String sql = entry.statement();
        List<SqlStatement> statements = frontEnd.parse(new SourceFile("corpus.sql", sql)).statements();
        if (statements.size() != 1) {
            return Optional.empty();
        }
        Command command = statements.get(0).command();
        if (command instanceof Command.CreateIndex index) {
            return entry.kind().equals("where") ? index.predicate()
                    : index.keys().stream().findFirst().map(Command.IndexKey::expression);
        }
        if (command instanceof Command.CreateTable table) {
            return table.columns().stream().filter(c -> c.name().name().equals("g")).findFirst()
                    .flatMap(Command.ColumnDef::generated);
        }
        return Optional.empty();
    }

    private static ServerRun runOnServer(int major, List<Entry> corpus) {
        try (Connection admin = PostgresMajor.server(major).getPostgresDatabase().getConnection();
             Statement create = admin.createStatement()) {
            create.execute("DROP DATABASE IF EXISTS volatility_corpus");
            create.execute("CREATE DATABASE volatility_corpus");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection connection = PostgresMajor.server(major).getDatabase("postgres", "volatility_corpus")
                .getConnection()) {
            try (Statement setup = connection.createStatement()) {
                setup.execute(SETUP);
            }
            Map<String, String> columnTypes = new LinkedHashMap<>();
            try (Statement columns = connection.createStatement();
                 ResultSet rows = columns.executeQuery("SELECT attname, format_type(atttypid, atttypmod) "
                         + "FROM pg_attribute WHERE attrelid = 'probe'::regclass AND attnum > 0")) {
                while (rows.next()) {
                    columnTypes.put(rows.getString(1), rows.getString(2));
                }
            }
            connection.setAutoCommit(false);
            Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
            try (Statement statement = connection.createStatement()) {
                for (Entry entry : corpus) {
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        statement.execute(entry.statement());
                        verdicts.put(entry.statement(), new Verdict(Outcome.ACCEPTED, ""));
                    } catch (SQLException e) {
                        boolean notImmutable = "42P17".equals(e.getSQLState()) && (e.getMessage().contains(
                                "must be marked IMMUTABLE") || e.getMessage().contains("is not immutable"));
                        verdicts.put(entry.statement(), new Verdict(
                                notImmutable ? Outcome.REJECTED_NOT_IMMUTABLE : Outcome.INVALID, e.getMessage()));
                    }
                    connection.rollback(savepoint);
                }
            }
            connection.rollback();
            return new ServerRun(verdicts, columnTypes);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> corpus() {
        try (InputStream in = VolatilityCorpusTest.class.getResourceAsStream("/volatility/corpus.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                entries.add(new Entry(i + 1, line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Function userFunction(String name, Volatility volatility, String language) {
        return new Function(QualifiedName.publicName(name), List.of("text"), "text", volatility, language);
    }
}
