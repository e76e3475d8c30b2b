package dev.driftguard.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests, never a mock. {@link #forVersion(String)} picks, in this order:
 * <ol>
 *   <li>the server in {@code DRIFTGUARD_TEST_DATABASE_URL} when that is set (a JDBC URL of a role allowed to create
 *       databases); a requested version must then match its major version;</li>
 *   <li>a Testcontainers {@code postgres:<version>} container, when {@code org.testcontainers:postgresql} is on the
 *       class path and a Docker daemon is reachable;</li>
 *   <li>an embedded server (zonky), from the binaries jar of the requested version (see {@link EmbeddedBinaries}).</li>
 * </ol>
 * Each server is started once per JVM, on first use, and stopped when the JVM exits; tests create a database of
 * their own on it with {@link #createDatabase(String)}.
 */
public final class PostgresServer {

    /** Environment variable naming an existing server to use instead of starting one. */
    public static final String URL_VARIABLE = "DRIFTGUARD_TEST_DATABASE_URL";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<String, PostgresServer> STARTED = new HashMap<>();

    private final PostgresInstance instance;
    private final int majorVersion;

    private PostgresServer(PostgresInstance instance) {
        this.instance = instance;
        this.majorVersion = readMajorVersion(instance);
    }

    /** The server of whatever version is at hand: the URL's, or the binaries on the class path (16 by default). */
    public static PostgresServer shared() {
        return forVersion("");
    }

    /**
     * The server for a PostgreSQL version, started on first use and shared by every test of this JVM.
     *
     * @param version a major ({@code "15"}), an exact binaries version ({@code "15.14.0"}), or empty for any
     * @throws IllegalStateException when no server of that version can be had; the message says how to get one
     */
    public static synchronized PostgresServer forVersion(String version) {
        String key = version.trim();
        PostgresServer server = STARTED.get(key);
        if (server == null) {
            server = new PostgresServer(start(key, Optional.ofNullable(System.getenv(URL_VARIABLE))
                    .filter(url -> !url.isBlank())));
            STARTED.put(key, server);
        }
        return server;
    }

    /** A server for {@code version}: the one at {@code url} when given, else a container or an embedded one. */
    static PostgresInstance start(String version, Optional<String> url) {
        if (url.isPresent()) {
            PostgresInstance external = new ExternalPostgres(url.get());
            int major = readMajorVersion(external);
            if (!version.isEmpty() && !version.equals(Integer.toString(major)) && !version.startsWith(major + ".")) {
                throw new IllegalStateException("PostgreSQL " + version + " was asked for, but " + URL_VARIABLE
                        + " points at PostgreSQL " + major + "; unset it, or point it at a server of that version");
            }
            return external;
        }
        Optional<PostgresInstance> container = ContainerSupport.startIfDockerIsReachable(version);
        if (container.isPresent()) {
            return container.get();
        }
        return EmbeddedInstance.start(version);
    }

    /** A new, empty database on this server; its name starts with {@code purpose}, made safe for SQL. */
    public TestDatabase createDatabase(String purpose) {
        String safe = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String suffix = "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        // PostgreSQL truncates identifiers to 63 bytes; keep the unique suffix.
        String name = safe.substring(0, Math.min(safe.length(), 63 - suffix.length())) + suffix;
        try (Connection admin = instance.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(name, instance.jdbcUrl(name));
    }

    /** Drops a database made by {@link #createDatabase}, closing whatever connections are still open on it. */
    public void dropDatabase(TestDatabase database) {
        try (Connection admin = instance.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database.name().replace("\"", "\"\"") + "\""
                    + (majorVersion >= 13 ? " WITH (FORCE)" : ""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database.name() + ": " + e.getMessage(),
                    e);
        }
    }

    /** The server's major version, e.g. 16. */
    public int majorVersion() {
        return majorVersion;
    }

    /** Where the server comes from, e.g. {@code embedded PostgreSQL (<binaries jar>)}, for messages. */
    public String description() {
        return instance.description();
    }

    /** The embedded server's port, for tools that need host and port rather than a JDBC URL. */
    public Optional<Integer> embeddedPort() {
        return instance instanceof EmbeddedInstance embedded ? Optional.of(embedded.port()) : Optional.empty();
    }

    private static int readMajorVersion(PostgresInstance instance) {
        try (Connection c = instance.adminConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach " + instance.description() + ": " + e.getMessage(), e);
        }
    }
}
