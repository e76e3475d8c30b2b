package dev.driftguard.sql;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Statements per second through each stage of a lint, on 200 migrations of 2,000 statements in the shape Prisma
 * writes: splitting, parsing (split included), replay without rules, and replay with every built-in rule.
 *
 * <p>Run: {@code mvn -B -Pbenchmarks -pl core test-compile exec:exec@jmh} (arguments after {@code -Djmh.args=}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MigrationBenchmarks {

    /** Statements in {@link #migrations}; every benchmark handles all of them once per invocation. */
    static final int STATEMENTS = 2_000;
    private static final int MIGRATIONS = 200;

    private final SqlFrontEnd frontEnd = new SqlFrontEnd();
    private List<String> texts;
    private List<Migration> migrations;

    @Setup(Level.Trial)
    public void writeMigrations() {
        texts = new ArrayList<>();
        migrations = new ArrayList<>();
        int perMigration = STATEMENTS / MIGRATIONS;
        for (int m = 0; m < MIGRATIONS; m++) {
            StringBuilder sql = new StringBuilder();
            String table = "\"Model" + m + "\"";
            sql.append("-- CreateEnum\nCREATE TYPE \"Status").append(m).append("\" AS ENUM ('ACTIVE', 'INACTIVE');\n\n");
            sql.append("-- CreateTable\nCREATE TABLE ").append(table).append(" (\n")
                    .append("    \"id\" SERIAL NOT NULL,\n    \"email\" TEXT NOT NULL,\n")
                    .append("    \"status\" \"Status").append(m).append("\" NOT NULL DEFAULT 'ACTIVE',\n")
                    .append("    \"parentId\" INTEGER,\n")
                    .append("    \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n\n")
                    .append("    CONSTRAINT \"Model").append(m).append("_pkey\" PRIMARY KEY (\"id\")\n);\n\n");
            sql.append("-- CreateIndex\nCREATE UNIQUE INDEX \"Model").append(m).append("_email_key\" ON ").append(table)
                    .append("(\"email\");\n\n");
            int written = 3;
            if (m > 0) {
                sql.append("-- AddForeignKey\nALTER TABLE ").append(table).append(" ADD CONSTRAINT \"Model").append(m)
                        .append("_parentId_fkey\" FOREIGN KEY (\"parentId\") REFERENCES \"Model").append(m - 1)
                        .append("\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n\n");
                written++;
            }
            for (int c = 0; written < perMigration; c++, written++) {
                if (c % 2 == 0) {
                    sql.append("-- AlterTable\nALTER TABLE ").append(table).append(" ADD COLUMN     \"f").append(c)
                            .append("\" TEXT;\n\n");
                } else {
                    sql.append("-- CreateIndex\nCREATE INDEX \"Model").append(m).append("_f").append(c - 1)
                            .append("_idx\" ON ").append(table).append("(\"f").append(c - 1).append("\");\n\n");
                }
            }
            String text = sql.toString();
            texts.add(text);
            String path = "prisma/migrations/" + m + "_m/migration.sql";
            migrations.add(new Migration(m + "_m", frontEnd.parse(new SourceFile(path, text)), "0"));
        }
        int parsed = migrations.stream().mapToInt(mi -> mi.script().statements().size()).sum();
        if (parsed != STATEMENTS) {
            throw new IllegalStateException("wrote " + parsed + " statements, not " + STATEMENTS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public int split() {
        int statements = 0;
        for (String text : texts) {
            statements += StatementSplitter.split(text).size();
        }
        return statements;
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public int parse() {
        int statements = 0;
        for (String text : texts) {
            statements += frontEnd.parse(new SourceFile("migration.sql", text)).statements().size();
        }
        return statements;
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public Replay.Result replay() {
        Replay replay = new Replay(List.of());
        return replay.run(Catalog.empty(), migrations, 16, new FindingCollector());
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public Replay.Result replayWithEveryRule() {
        Replay replay = new Replay(RuleRegistry.builtin());
        return replay.run(Catalog.empty(), migrations, 16, new FindingCollector());
    }
}
