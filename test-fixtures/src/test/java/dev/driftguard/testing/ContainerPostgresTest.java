package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Testcontainers path; it runs only where a Docker daemon answers (there is none on our build machines). */
@Testcontainers(disabledWithoutDocker = true)
@DisabledIfEnvironmentVariable(named = PostgresServer.URL_VARIABLE, matches = ".+",
        disabledReason = "the URL wins over containers")
class ContainerPostgresTest {

    @Test
    void withDockerARequestedVersionRunsInAContainerOfThatVersion() {
        PostgresServer server = PostgresServer.forVersion("15");

        assertThat(server.description()).isEqualTo("Testcontainers postgres:15");
        assertThat(server.majorVersion()).isEqualTo(15);
        server.dropDatabase(server.createDatabase("container"));
    }
}
