package dev.driftguard.catalog;

import dev.driftguard.history.AppliedMigration;
import dev.driftguard.history.FlywayHistoryRow;
import dev.driftguard.history.FlywaySchemaHistory;
import dev.driftguard.history.PrismaMigrationHistory;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads a live database's catalog and Prisma migration history into a {@link CatalogSnapshot}.
 *
 * <p>The target is usually production, so the read is built to be harmless there: one {@code REPEATABLE READ,
 * READ ONLY} transaction (a consistent picture, and the server itself refuses any write), {@code statement_timeout}
 * and {@code lock_timeout} set for the transaction only, a dozen set-based catalog queries whatever the number of
 * tables, no user input in any query, and a rollback at the end.
 *
 * <p>Every failure is a {@link TargetDatabaseException} with a one-line message naming the cause and no password.
 */
public final class CatalogIntrospector {

    private CatalogIntrospector() {
    }

    /** Connects with {@code settings}, reads, and closes the connection. */
    public static CatalogSnapshot read(ConnectionSettings settings) {
        Connection connection = connect(settings);
        try {
            return read(connection, settings.limits(), settings.target(), settings::redact);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Borrows a connection from {@code dataSource}, reads with {@code limits}, and gives it back. */
    public static CatalogSnapshot read(DataSource dataSource, ReadLimits limits) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw connectFailure(e, "the target database", "the configured user", UnaryOperator.identity());
        }
        try {
            return read(connection, limits);
        } finally {
            closeQuietly(connection);
        }
    }

    /**
     * Reads through an open connection in auto-commit mode, which is left open and in auto-commit mode. The read
     * runs in its own transaction, so the connection must not be inside one.
     */
    public static CatalogSnapshot read(Connection connection, ReadLimits limits) {
        return read(connection, limits, "the target database", UnaryOperator.identity());
    }

    private static CatalogSnapshot read(Connection connection, ReadLimits limits, String target,
                                        UnaryOperator<String> redact) {
        ReadStep step = new ReadStep("the transaction settings");
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            setLocal(connection, "statement_timeout", limits.statementTimeout().toMillis() + "ms");
            setLocal(connection, "lock_timeout", limits.lockTimeout().toMillis() + "ms");
            CatalogSnapshot snapshot = readAll(connection, step);
            connection.rollback();
            return snapshot;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw readFailure(e, step.what, target, limits, redact);
        } finally {
            restoreAutoCommit(connection, autoCommit);
        }
    }

    /** Which part of the catalog is being read, for the error message. */
    private static final class ReadStep {
        private String what;

        ReadStep(String what) {
            this.what = what;
        }

        ReadStep now(String next) {
            what = next;
            return this;
        }
    }

    private static CatalogSnapshot readAll(Connection c, ReadStep step) throws SQLException {
        step.now("the server version");
        ServerVersion version;
        List<String> searchPath;
        OffsetDateTime takenAt;
        try (PreparedStatement s = c.prepareStatement(CatalogQueries.SERVER); ResultSet rs = s.executeQuery()) {
            rs.next();
            version = new ServerVersion(rs.getInt(1), rs.getString(2));
            searchPath = strings(rs.getArray(3));
            takenAt = rs.getObject(4, OffsetDateTime.class);
        }
        List<String> schemas = query(c, step.now("schemas"), CatalogQueries.SCHEMAS, rs -> rs.getString(1));
        List<Table> tables = tables(c, step);
        List<Index> indexes = query(c, step.now("indexes"), CatalogQueries.INDEXES, rs -> new Index(
                QualifiedName.of(rs.getString(1), rs.getString(2)), QualifiedName.of(rs.getString(1), rs.getString(3)),
                rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), strings(rs.getArray(7)),
                Optional.ofNullable(rs.getString(8)), rs.getBoolean(9)));
        List<Constraint> constraints = query(c, step.now("constraints"), CatalogQueries.CONSTRAINTS,
                CatalogIntrospector::constraint);
        List<EnumType> enums = query(c, step.now("enum types"), CatalogQueries.ENUMS, rs -> new EnumType(
                QualifiedName.of(rs.getString(1), rs.getString(2)), strings(rs.getArray(3))));
        List<Domain> domains = query(c, step.now("domains"), CatalogQueries.DOMAINS, rs -> new Domain(
                QualifiedName.of(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getBoolean(4)));
        List<Sequence> sequences = query(c, step.now("sequences"), CatalogQueries.SEQUENCES, rs -> new Sequence(
                QualifiedName.of(rs.getString(1), rs.getString(2)), rs.getString(3),
                rs.getString(6) == null ? Optional.empty()
                        : Optional.of(rs.getString(4) + "." + rs.getString(5) + "." + rs.getString(6))));
        List<Extension> extensions = query(c, step.now("installed extensions"), CatalogQueries.EXTENSIONS,
                rs -> new Extension(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3)));
        List<AvailableExtension> available = query(c, step.now("available extensions"),
                CatalogQueries.AVAILABLE_EXTENSIONS,
                rs -> new AvailableExtension(rs.getString(1), Optional.ofNullable(rs.getString(2))));
        List<Function> functions = query(c, step.now("functions"), CatalogQueries.FUNCTIONS, rs -> new Function(
                QualifiedName.of(rs.getString(1), rs.getString(2)), strings(rs.getArray(3)), rs.getString(4),
                Volatility.ofCode(rs.getString(5).charAt(0)), rs.getString(6)));
        List<ViewDependency> viewDependencies = query(c, step.now("view dependencies"),
                CatalogQueries.VIEW_DEPENDENCIES, rs -> new ViewDependency(
                        QualifiedName.of(rs.getString(1), rs.getString(2)),
                        QualifiedName.of(rs.getString(3), rs.getString(4)), Optional.ofNullable(rs.getString(5))));
        List<PolicyDependency> policyDependencies = query(c, step.now("policy dependencies"),
                CatalogQueries.POLICY_DEPENDENCIES, rs -> new PolicyDependency(
                        QualifiedName.of(rs.getString(1), rs.getString(2)), rs.getString(3),
                        QualifiedName.of(rs.getString(4), rs.getString(5)), Optional.ofNullable(rs.getString(6))));
        step.now("the Prisma migration history (_prisma_migrations)");
        Optional<List<AppliedMigration>> history = PrismaMigrationHistory.read(c);
        step.now("the Flyway migration history (flyway_schema_history)");
        Optional<List<FlywayHistoryRow>> flywayHistory = FlywaySchemaHistory.read(c);

        Catalog catalog = CatalogOrder.canonical(new Catalog(Optional.of(version), searchPath, schemas, tables, indexes, constraints, enums,
                domains, sequences, extensions, Optional.of(available), functions, Optional.of(viewDependencies),
                Optional.of(policyDependencies)));
        return new CatalogSnapshot(CatalogSnapshot.FORMAT_VERSION, Optional.of(takenAt.toInstant()), catalog,
                history, flywayHistory);
    }

    private static List<Table> tables(Connection c, ReadStep step) throws SQLException {
        step.now("tables");
        record TableRow(QualifiedName name, RelationKind kind, Optional<Long> rows, Optional<Long> bytes,
                        Optional<PartitionKey> partitionKey, Optional<QualifiedName> partitionOf) {
        }
        Map<Long, TableRow> byOid = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(CatalogQueries.TABLES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                RelationKind kind = relationKind(rs.getString(4));
                Optional<PartitionKey> key = kind == RelationKind.PARTITIONED_TABLE
                        ? Optional.of(new PartitionKey(strings(rs.getArray(7)),
                        rs.getBoolean(8))) : Optional.empty();
                Optional<QualifiedName> parent = rs.getString(10) == null ? Optional.empty()
                        : Optional.of(QualifiedName.of(rs.getString(9), rs.getString(10)));
                byOid.put(rs.getLong(1), new TableRow(QualifiedName.of(rs.getString(2), rs.getString(3)),
                        kind, optionalLong(rs, 5), optionalLong(rs, 6), key, parent));
            }
        }
        step.now("columns");
        Map<Long, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(CatalogQueries.COLUMNS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String generated = rs.getString(6);
                String identity = rs.getString(7);
                Optional<String> expression = Optional.ofNullable(rs.getString(5));
                boolean isGenerated = generated != null && !generated.isEmpty();
                columns.computeIfAbsent(rs.getLong(1), oid -> new ArrayList<>()).add(new Column(rs.getString(2),
                        rs.getString(3), !rs.getBoolean(4),
                        isGenerated ? Optional.empty() : expression,
                        isGenerated ? expression : Optional.empty(),
                        identity == null || identity.isEmpty() ? Optional.empty() : Optional.of(identity)));
            }
        }
        List<Table> tables = new ArrayList<>(byOid.size());
        byOid.forEach((oid, row) -> tables.add(new Table(row.name(), row.kind(),
                columns.getOrDefault(oid, List.of()), row.rows(), row.bytes(), row.partitionKey(),
                row.partitionOf())));
        return tables;
    }

    private static Constraint constraint(ResultSet rs) throws SQLException {
        ConstraintKind kind = switch (rs.getString(4)) {
            case "p" -> ConstraintKind.PRIMARY_KEY;
            case "u" -> ConstraintKind.UNIQUE;
            case "f" -> ConstraintKind.FOREIGN_KEY;
            case "c" -> ConstraintKind.CHECK;
            case "x" -> ConstraintKind.EXCLUSION;
            default -> ConstraintKind.NOT_NULL;
        };
        boolean foreign = kind == ConstraintKind.FOREIGN_KEY;
        Optional<QualifiedName> referenced = foreign && rs.getString(7) != null
                ? Optional.of(QualifiedName.of(rs.getString(6), rs.getString(7))) : Optional.empty();
        return new Constraint(rs.getString(1), QualifiedName.of(rs.getString(2), rs.getString(3)), kind,
                strings(rs.getArray(5)), referenced, foreign ? strings(rs.getArray(8)) : List.of(),
                foreign ? Optional.of(referentialAction(rs.getString(9))) : Optional.empty(),
                foreign ? Optional.of(referentialAction(rs.getString(10))) : Optional.empty(),
                Optional.ofNullable(rs.getString(11)), rs.getBoolean(12));
    }

    private static String referentialAction(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private static RelationKind relationKind(String relkind) {
        return switch (relkind) {
            case "p" -> RelationKind.PARTITIONED_TABLE;
            case "f" -> RelationKind.FOREIGN_TABLE;
            case "v" -> RelationKind.VIEW;
            case "m" -> RelationKind.MATERIALIZED_VIEW;
            default -> RelationKind.TABLE;
        };
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, ReadStep step, String sql, RowReader<T> reader)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        return rows;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static void setLocal(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_catalog.set_config(?, ?, true)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.execute();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Connection connect(ConnectionSettings settings) {
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), settings.driverProperties());
        } catch (SQLException e) {
            throw connectFailure(e, settings.target(), "\"" + settings.user() + "\"", settings::redact);
        }
    }

    private static TargetDatabaseException connectFailure(SQLException e, String target, String user,
                                                          UnaryOperator<String> redact) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String detail = redact.apply(serverMessage(e));
        if (state.startsWith("28")) {
            return new TargetDatabaseException(TargetDatabaseException.Reason.AUTHENTICATION_FAILED,
                    "cannot log in to " + target + " as " + user + ": " + detail);
        }
        if (state.equals("3D000")) {
            return new TargetDatabaseException(TargetDatabaseException.Reason.DATABASE_NOT_FOUND,
                    "cannot open " + target + ": " + detail);
        }
        if (state.startsWith("08")) {
            return new TargetDatabaseException(TargetDatabaseException.Reason.UNREACHABLE,
                    "cannot connect to " + target + ": " + networkCause(e).orElse(detail));
        }
        return new TargetDatabaseException(TargetDatabaseException.Reason.READ_FAILED,
                "cannot connect to " + target + ": " + detail);
    }

    private static TargetDatabaseException readFailure(SQLException e, String what, String target,
                                                       ReadLimits limits, UnaryOperator<String> redact) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String detail = redact.apply(serverMessage(e));
        return switch (state) {
            case "42501" -> new TargetDatabaseException(TargetDatabaseException.Reason.PERMISSION_DENIED,
                    "cannot read " + what + " from " + target + ": " + detail);
            case "57014" -> new TargetDatabaseException(TargetDatabaseException.Reason.TIMED_OUT,
                    "timed out reading " + what + " from " + target + ": " + detail + " (statement_timeout "
                            + limits.statementTimeout().toMillis() + " ms)");
            case "55P03" -> new TargetDatabaseException(TargetDatabaseException.Reason.TIMED_OUT,
                    "timed out reading " + what + " from " + target + ": " + detail + " (lock_timeout "
                            + limits.lockTimeout().toMillis() + " ms)");
            case "57P01", "57P02", "57P03", "08000", "08003", "08006" ->
                    new TargetDatabaseException(TargetDatabaseException.Reason.CONNECTION_LOST,
                            "lost the connection to " + target + " while reading " + what + ": " + detail);
            default -> new TargetDatabaseException(TargetDatabaseException.Reason.READ_FAILED,
                    "cannot read " + what + " from " + target + ": " + detail);
        };
    }

    /** The server's own message when there is one, without pgjdbc's "ERROR:" prefix and hint lines. */
    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                return server.getMessage();
            }
        }
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        return message.lines().findFirst().orElse(message).strip();
    }

    private static Optional<String> networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return Optional.of("connection refused");
            }
            if (t instanceof UnknownHostException) {
                return Optional.of("unknown host");
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of("timed out");
            }
        }
        return Optional.empty();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection may be gone; the read's own failure is what the user needs to see.
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // Same: a broken connection cannot be restored, and the caller learns why from the read's failure.
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing was written, so a failed close loses nothing.
        }
    }
}
