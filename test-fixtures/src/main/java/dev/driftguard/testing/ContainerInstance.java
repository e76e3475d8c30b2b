package dev.driftguard.testing;

import dev.driftguard.Driftguard;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A {@code postgres:<version>} container. Loaded only through {@link ContainerSupport}. */
final class ContainerInstance implements PostgresInstance {

    private final PostgreSQLContainer<?> container;
    private final String image;

    private ContainerInstance(PostgreSQLContainer<?> container, String image) {
        this.container = container;
        this.image = image;
    }

    static boolean dockerIsReachable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerInstance start(String version) {
        String image = "postgres:" + (version.isEmpty() ? Integer.toString(Driftguard.DEFAULT_POSTGRES_MAJOR)
                : majorOf(version));
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse(image));
        container.start();
        // Testcontainers' Ryuk removes the container if this hook never runs.
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new ContainerInstance(container, image);
    }

    /** Docker Hub tags majors ({@code 15}); zonky's versions ({@code 15.14.0}) have a patch part it does not. */
    private static String majorOf(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    @Override
    public String jdbcUrl(String database) {
        String url = container.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + database);
        return url + (url.contains("?") ? "&" : "?") + "user=" + container.getUsername()
                + "&password=" + container.getPassword();
    }

    @Override
    public String description() {
        return "Testcontainers " + image;
    }
}
