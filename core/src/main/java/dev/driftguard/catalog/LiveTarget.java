package dev.driftguard.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * A target database reached over JDBC: read once for its catalog, and asked about its rows after replay. Every
 * connection it opens is used only inside read-only transactions with {@link ReadLimits}.
 */
public final class LiveTarget {

    private final Optional<ConnectionSettings> settings;
    private final Optional<DataSource> dataSource;
    private final ReadLimits limits;

    private LiveTarget(Optional<ConnectionSettings> settings, Optional<DataSource> dataSource, ReadLimits limits) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /** A target named by a URL, with the limits the settings carry. */
    public static LiveTarget of(ConnectionSettings settings) {
        return new LiveTarget(Optional.of(settings), Optional.empty(), settings.limits());
    }

    /** A target whose connections come from a pool or a test's data source. */
    public static LiveTarget of(DataSource dataSource, ReadLimits limits) {
        return new LiveTarget(Optional.empty(), Optional.of(Objects.requireNonNull(dataSource, "dataSource")),
                Objects.requireNonNull(limits, "limits"));
    }

    public ReadLimits limits() {
        return limits;
    }

    /** The catalog and migration history, read as {@link CatalogIntrospector} reads them. */
    public CatalogSnapshot read() {
        return settings.isPresent() ? CatalogIntrospector.read(settings.get())
                : CatalogIntrospector.read(dataSource.orElseThrow(), limits);
    }

    /** A new connection, in auto-commit mode; the caller closes it. */
    public Connection open() {
        try {
            if (settings.isPresent()) {
                return DriverManager.getConnection(settings.get().jdbcUrl(), settings.get().driverProperties());
            }
            return dataSource.orElseThrow().getConnection();
        } catch (SQLException e) {
            throw new TargetDatabaseException(TargetDatabaseException.Reason.UNREACHABLE,
                    "cannot connect to " + describe() + ": " + redact(firstLine(e)));
        }
    }

    /** The target as messages name it, without a password. */
    public String describe() {
        return settings.map(ConnectionSettings::target).orElse("the target database");
    }

    /** The text with any password of these settings replaced. */
    public String redact(String text) {
        return settings.<UnaryOperator<String>>map(s -> s::redact).orElse(UnaryOperator.identity()).apply(text);
    }

    private static String firstLine(SQLException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        return message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", "").strip();
    }
}
