package dev.driftguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Introspection against {@code pg_dump --schema-only} on a database of 10,000 tables, 60,000 columns and 20,000
 * indexes. Run with {@code mvn -B -Pbenchmarks -pl core verify} (add {@code -Dpostgres-binaries.version=15.14.0}
 * when the pg_dump at hand is PostgreSQL 15's); figures go to standard output and to
 * {@code core/target/benchmarks/catalog-introspection.txt}. Nothing is asserted about time.
 */
@Tag("benchmark")
class CatalogIntrospectionBenchmark {

    private static final int TABLES = 10_000;
    private static final int TABLES_PER_STATEMENT = 200;
    private static final int RUNS = 5;

    @Test
    void introspectsTenThousandTablesFasterThanPgDump() throws Exception {
        String database = TargetDatabases.freshDatabase("scale");
        long buildStart = System.nanoTime();
        buildLargeSchema(database);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        CatalogSnapshot warmUp = CatalogIntrospector.read(TargetDatabases.superuserSettings(database));
        assertThat(warmUp.catalog().tables()).hasSize(TABLES);
        assertThat(warmUp.catalog().tables().stream().mapToInt(t -> t.columns().size()).sum()).isEqualTo(6 * TABLES);
        assertThat(warmUp.catalog().indexes()).hasSize(2 * TABLES);

        List<Long> introspection = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            CatalogIntrospector.read(TargetDatabases.superuserSettings(database));
            introspection.add((System.nanoTime() - start) / 1_000_000);
        }
        long jsonStart = System.nanoTime();
        int jsonLength = CatalogSnapshotJson.toJson(warmUp).length();
        long jsonMillis = (System.nanoTime() - jsonStart) / 1_000_000;

        int serverMajor = warmUp.catalog().serverVersion().orElseThrow().major();
        Path pgDump = pgDump(database, serverMajor);
        runPgDump(pgDump, database);
        List<Long> dump = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            runPgDump(pgDump, database);
            dump.add((System.nanoTime() - start) / 1_000_000);
        }

        String report = String.format(Locale.ROOT, """
                catalog introspection benchmark (PostgreSQL %s, %d tables, %d columns, %d indexes)
                schema built in             %d ms
                CatalogIntrospector.read    median %d ms, best %d ms  (runs: %s)
                pg_dump --schema-only       median %d ms, best %d ms  (runs: %s)
                snapshot JSON               %d ms, %d characters
                """, warmUp.catalog().serverVersion().map(ServerVersion::text).orElse("?"), TABLES, 6 * TABLES,
                2 * TABLES, buildMillis, median(introspection), Collections.min(introspection), introspection,
                median(dump), Collections.min(dump), dump, jsonMillis, jsonLength);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "catalog-introspection.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Six columns and two indexes (the primary key and one more) per table, committed in batches. */
    private static void buildLargeSchema(String database) {
        for (int first = 0; first < TABLES; first += TABLES_PER_STATEMENT) {
            StringBuilder sql = new StringBuilder();
            for (int i = first; i < first + TABLES_PER_STATEMENT; i++) {
                String t = String.format(Locale.ROOT, "t_%05d", i);
                sql.append("CREATE TABLE ").append(t).append(" (id bigint PRIMARY KEY, name text NOT NULL,"
                        + " email varchar(255), created_at timestamptz NOT NULL DEFAULT now(),"
                        + " amount numeric(12,2), flags integer[] DEFAULT '{}');\n");
                sql.append("CREATE INDEX ").append(t).append("_email_idx ON ").append(t).append(" (email);\n");
            }
            TargetDatabases.execute(database, sql.toString());
        }
    }

    /**
     * A pg_dump that can dump this server: the embedded binaries ship none, so the server's BINDIR, then the Debian
     * layout, then the PATH, keeping the first whose major is at least the server's (pg_dump refuses newer servers).
     */
    private static Path pgDump(String database, int serverMajor) throws Exception {
        List<String> candidates = new ArrayList<>();
        try (Connection c = TargetDatabases.superuser(database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT setting FROM pg_config WHERE name = 'BINDIR'")) {
            rs.next();
            candidates.add(Path.of(rs.getString(1), "pg_dump").toString());
        }
        candidates.add("/usr/lib/postgresql/" + serverMajor + "/bin/pg_dump");
        candidates.add("pg_dump");
        for (String candidate : candidates) {
            OptionalInt major = pgDumpMajor(candidate);
            if (major.isPresent() && major.getAsInt() >= serverMajor) {
                return Path.of(candidate);
            }
        }
        Assumptions.abort("no pg_dump of major " + serverMajor + " or later among " + candidates
                + "; run with -Dpostgres-binaries.version=<the major of the pg_dump you have>");
        throw new AssertionError("unreachable");
    }

    private static OptionalInt pgDumpMajor(String executable) {
        try {
            Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                return OptionalInt.empty();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(out);
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    private static void runPgDump(Path pgDump, String database) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(pgDump.toString(), "--schema-only", "--no-password", "-h", "localhost",
                "-p", Integer.toString(TargetDatabases.port()), "-U", "postgres", "-d", database, "-f", "/dev/null")
                .redirectErrorStream(true)
                .redirectOutput(new File("/dev/null"))
                .start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("pg_dump exited with " + exit);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
