package dev.driftguard.rows;

import dev.driftguard.Finding;
import dev.driftguard.Severity;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.catalog.TargetDatabaseException;
import dev.driftguard.replay.QueuedRowCheck;
import dev.driftguard.rules.RowCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;

/**
 * Answers the row checks of a replay on the live target. All of them run in one {@code REPEATABLE READ, READ ONLY}
 * transaction with the target's {@code statement_timeout} and {@code lock_timeout}, each behind a savepoint so one
 * that fails (a timeout, a permission) leaves the others running; the transaction is rolled back at the end. A table
 * estimated above {@link RowCheckOptions#maxScannedRows()} is never scanned. Nothing here throws: a target that cannot
 * be asked gives "not checked" info findings.
 */
public final class LiveRowChecks {

    private static final int SAMPLES = 3;

    private LiveRowChecks() {
    }

    public static List<Finding> answer(LiveTarget target, Catalog catalog, List<QueuedRowCheck> checks,
                                       RowCheckOptions options) {
        if (!options.enabled() || checks.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Connection connection;
        try {
            connection = target.open();
        } catch (TargetDatabaseException e) {
            QueuedRowCheck first = checks.get(0);
            findings.add(notChecked(first, "cannot ask the target about its rows: " + e.getMessage()));
            return findings;
        }
        try (connection) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            setLocal(connection, "statement_timeout", target.limits().statementTimeout().toMillis() + "ms");
            setLocal(connection, "lock_timeout", target.limits().lockTimeout().toMillis() + "ms");
            Set<QualifiedName> failed = new HashSet<>();
            for (QueuedRowCheck queued : checks) {
                RowCheck check = queued.check();
                if (failed.contains(check.table())) {
                    continue;
                }
                Optional<String> tooLarge = tooLarge(catalog, check, options.maxScannedRows());
                if (tooLarge.isPresent()) {
                    findings.add(notChecked(queued, tooLarge.get()));
                    continue;
                }
                Optional<Finding> answer = ask(connection, target, queued, options);
                answer.ifPresent(f -> {
                    findings.add(f);
                    if (f.severity() == Severity.ERROR) {
                        failed.add(check.table());
                    }
                });
            }
            connection.rollback();
        } catch (SQLException e) {
            findings.add(notChecked(checks.get(0), "the target's rows could not be read: "
                    + target.redact(serverMessage(e))));
        }
        return findings;
    }

    private static Optional<Finding> ask(Connection c, LiveTarget target, QueuedRowCheck queued,
                                         RowCheckOptions options) throws SQLException {
        RowCheck check = queued.check();
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT driftguard_row_check");
        }
        try {
            long count;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + check.violations() + ") AS violations")) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count == 0) {
                return Optional.empty();
            }
            String message = check.message().replace("{n}", count + " " + check.noun() + (count == 1 ? "" : "s"));
            if (options.showData()) {
                message += " (for example " + String.join(", ", samples(c, check)) + ")";
            }
            return Optional.of(new Finding(queued.rule().id(), Severity.ERROR, message, location(queued),
                    Optional.of(queued.migration().name()), Optional.of(check.fix()),
                    Optional.of(check.sqlState())));
        } catch (SQLException e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK TO SAVEPOINT driftguard_row_check");
            }
            String why = "57014".equals(e.getSQLState())
                    ? "the query took longer than statement_timeout (" + target.limits().statementTimeout().toMillis()
                    + " ms)"
                    : target.redact(serverMessage(e));
            return Optional.of(notChecked(queued, "the target's rows could not be read: " + why));
        }
    }

    private static List<String> samples(Connection c, RowCheck check) throws SQLException {
        List<String> samples = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM (" + check.violations() + ") AS violations LIMIT "
                     + SAMPLES)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(Optional.ofNullable(rs.getString(i)).orElse("NULL"));
                }
                samples.add("(" + String.join(", ", values) + ")");
            }
        }
        return samples;
    }

    private static Optional<String> tooLarge(Catalog catalog, RowCheck check, long maxRows) {
        for (QualifiedName name : check.reads().keySet()) {
            Optional<Long> rows = catalog.table(name).flatMap(LiveRowChecks::estimatedRows);
            if (rows.isPresent() && rows.get() > maxRows) {
                return Optional.of("not checked against the target's rows: \"" + name.display() + "\" holds about "
                        + rows.get() + " rows, more than the " + maxRows + " a check may scan (--max-scanned-rows)");
            }
        }
        return Optional.empty();
    }

    /** {@code reltuples}, or for a table never analysed (-1), a guess from its size at 100 bytes a row. */
    private static Optional<Long> estimatedRows(Table table) {
        Optional<Long> rows = table.estimatedRows().filter(r -> r >= 0);
        return rows.isPresent() ? rows : table.sizeBytes().map(b -> b / 100);
    }

    private static Finding notChecked(QueuedRowCheck queued, String why) {
        return new Finding(queued.rule().id(), Severity.INFO, why, location(queued),
                Optional.of(queued.migration().name()), Optional.of("run the statement on a recent copy of the "
                + "target, or raise the limit if a scan of that size is acceptable there"), Optional.empty());
    }

    private static Optional<dev.driftguard.Location> location(QueuedRowCheck queued) {
        return Optional.of(queued.migration().source().location(queued.check().span().start(),
                queued.check().span().end()));
    }

    private static void setLocal(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_catalog.set_config(?, ?, true)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.execute();
        }
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        return message.lines().findFirst().orElse(message).strip();
    }
}
