package dev.driftguard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Brings a database to a migration state through the same steps {@code prisma migrate deploy} takes: it creates
 * {@code _prisma_migrations}, inserts a row before each migration, runs the script as one implicit transaction, and
 * marks the row finished, or leaves it failed with the error in {@code logs}.
 */
public final class PrismaMigrator {

    private static final String HISTORY_TABLE = """
            CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
                "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
                "checksum"              VARCHAR(64) NOT NULL,
                "finished_at"           TIMESTAMPTZ,
                "migration_name"        VARCHAR(255) NOT NULL,
                "logs"                  TEXT,
                "rolled_back_at"        TIMESTAMPTZ,
                "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
                "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
            )""";

    private final TestDatabase database;
    private final Path migrationsDir;

    /** A migrator of {@code database} with the migrations in {@code migrationsDir} (e.g. {@code prisma/migrations}). */
    public PrismaMigrator(TestDatabase database, Path migrationsDir) {
        this.database = database;
        this.migrationsDir = migrationsDir;
    }

    /** The migration folder names, in the order Prisma applies them. */
    public List<String> migrationNames() throws IOException {
        try (Stream<Path> dirs = Files.list(migrationsDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("migration.sql")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * What a deploy did: the migrations applied, in order, and the one PostgreSQL rejected, if any (deploy stops
     * there, as Prisma's does).
     */
    public record Deployment(List<String> applied, Optional<Failure> failure) {
        public Deployment {
            applied = List.copyOf(applied);
        }

        /** True when every migration asked for was applied. */
        public boolean succeeded() {
            return failure.isEmpty();
        }
    }

    /** A migration PostgreSQL rejected, with its error as recorded in {@code _prisma_migrations.logs}. */
    public record Failure(String migration, String sqlState, String message) {
    }

    /** Applies every migration, as {@code prisma migrate deploy} does on an empty database; stops at a failure. */
    public Deployment deployAll() throws IOException, SQLException {
        List<String> names = migrationNames();
        return names.isEmpty() ? new Deployment(List.of(), Optional.empty()) : deployUpTo(names.get(names.size() - 1));
    }

    /**
     * Applies every migration up to and including {@code lastName}, as a deploy would; stops at a failure.
     *
     * @throws IllegalArgumentException when there is no migration of that name, so that a typo is not taken for
     *                                  "everything before it"
     */
    public Deployment deployUpTo(String lastName) throws IOException, SQLException {
        List<String> names = migrationNames();
        if (!names.contains(lastName)) {
            throw new IllegalArgumentException("no migration " + lastName + " in " + migrationsDir + "; there are "
                    + names);
        }
        List<String> applied = new ArrayList<>();
        for (String name : names.subList(0, names.indexOf(lastName) + 1)) {
            Optional<Failure> failure = apply(name);
            if (failure.isPresent()) {
                return new Deployment(applied, failure);
            }
            applied.add(name);
        }
        return new Deployment(applied, Optional.empty());
    }

    /**
     * Applies one migration and records it. Returns false when PostgreSQL rejected it; its row then stays failed,
     * exactly as Prisma leaves it.
     */
    public boolean deploy(String name) throws IOException, SQLException {
        return apply(name).isEmpty();
    }

    private Optional<Failure> apply(String name) throws IOException, SQLException {
        byte[] bytes = Files.readAllBytes(migrationsDir.resolve(name).resolve("migration.sql"));
        String id = UUID.randomUUID().toString();
        try (Connection c = database.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute(HISTORY_TABLE);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"_prisma_migrations\" "
                    + "(\"id\", \"checksum\", \"migration_name\", \"started_at\", \"applied_steps_count\") "
                    + "VALUES (?, ?, ?, now(), 0)")) {
                insert.setString(1, id);
                insert.setString(2, sha256(bytes));
                insert.setString(3, name);
                insert.executeUpdate();
            }
            try {
                database.executeScript(new String(bytes, StandardCharsets.UTF_8));
            } catch (SQLException failure) {
                try (PreparedStatement fail = c.prepareStatement(
                        "UPDATE \"_prisma_migrations\" SET \"logs\" = ? WHERE \"id\" = ?")) {
                    fail.setString(1, "Database error code: " + failure.getSQLState() + "\n" + failure.getMessage());
                    fail.setString(2, id);
                    fail.executeUpdate();
                }
                return Optional.of(new Failure(name, failure.getSQLState(), failure.getMessage()));
            }
            try (PreparedStatement finish = c.prepareStatement("UPDATE \"_prisma_migrations\" "
                    + "SET \"finished_at\" = now(), \"applied_steps_count\" = 1 WHERE \"id\" = ?")) {
                finish.setString(1, id);
                finish.executeUpdate();
            }
            return Optional.empty();
        }
    }

    /** SHA-256 hex of the file's bytes: the checksum Prisma records. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
