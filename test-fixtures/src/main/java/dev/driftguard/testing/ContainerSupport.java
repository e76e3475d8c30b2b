package dev.driftguard.testing;

import java.util.Optional;

/**
 * The Testcontainers path, taken only when {@code org.testcontainers:postgresql} is on the class path (it is an
 * optional dependency) and a Docker daemon answers. Nothing here names a Testcontainers type, so this class loads
 * without them; {@link ContainerInstance} does the work.
 */
final class ContainerSupport {

    private static final String CONTAINER_CLASS = "org.testcontainers.containers.PostgreSQLContainer";

    private ContainerSupport() {
    }

    /** True when Testcontainers is on the class path and can reach Docker. */
    static boolean dockerIsReachable() {
        try {
            Class.forName(CONTAINER_CLASS, false, ContainerSupport.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        try {
            return ContainerInstance.dockerIsReachable();
        } catch (RuntimeException | LinkageError e) {
            // A partial or mismatched Testcontainers on the class path: the embedded server still works.
            return false;
        }
    }

    /** A {@code postgres:<version>} container, when Docker can run one. */
    static Optional<PostgresInstance> startIfDockerIsReachable(String version) {
        if (!dockerIsReachable()) {
            return Optional.empty();
        }
        return Optional.of(ContainerInstance.start(version));
    }
}
