package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.schema.DeclaredSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The incident's example project in {@code examples/vps-subset}, read the way the CLI reads a project. */
class ExampleProjectTest {

    private static final Path PROJECT = Path.of("../examples/vps-subset");

    @Test
    void readsTheIncidentProjectIntoItsTwelveTablesAndTheVectorExtension() throws IOException {
        PrismaSchemaReader reader = new PrismaSchemaReader();
        Path schemaPath = reader.locate(PROJECT).orElseThrow();

        DeclaredSchema schema = reader.read(schemaPath, PROJECT);

        assertThat(schemaPath).isEqualTo(PROJECT.resolve("prisma/schema.prisma"));
        assertThat(schema.diagnostics()).isEmpty();
        assertThat(schema.catalog().tables()).extracting(t -> t.name().name()).containsExactly(
                "User", "BehaviorLog", "Course", "Lesson", "InvestmentProfile", "UserProgress", "OptimizationLog",
                "SystemSettings", "SocialPost", "BuddyGroup", "BuddyMember", "BuddyChallenge");
        assertThat(schema.extensions()).extracting(e -> e.name()).containsExactly("vector");
        assertThat(schema.catalog().table(QualifiedName.publicName("Lesson")).orElseThrow().column("embedding")
                .orElseThrow().type()).isEqualTo("vector(1536)");
        assertThat(schema.sources()).extracting(s -> s.path()).containsExactly("prisma/schema.prisma");
    }
}
