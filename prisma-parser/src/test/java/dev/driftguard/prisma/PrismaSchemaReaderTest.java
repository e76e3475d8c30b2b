package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaSchemaReaderTest {

    @Test
    void isFoundByTheServiceLoaderUnderTheNamePrisma() {
        assertThat(ServiceLoader.load(SchemaReader.class)).extracting(SchemaReader::name).containsExactly("prisma");
    }

    @Test
    void locatesPrismaSchemaPrismaFirst(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("prisma/schema"));
        Files.writeString(project.resolve("prisma/schema.prisma"), "");
        Files.writeString(project.resolve("prisma/schema/a.prisma"), "");
        Files.writeString(project.resolve("schema.prisma"), "");

        assertThat(new PrismaSchemaReader().locate(project)).contains(project.resolve("prisma/schema.prisma"));
    }

    @Test
    void locatesAFolderOfSchemaFilesNext(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("prisma/schema/models"));
        Files.writeString(project.resolve("prisma/schema/models/user.prisma"), "");
        Files.writeString(project.resolve("schema.prisma"), "");

        assertThat(new PrismaSchemaReader().locate(project)).contains(project.resolve("prisma/schema"));
    }

    @Test
    void locatesASchemaAtTheProjectRootLast(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("prisma/schema"));
        Files.writeString(project.resolve("schema.prisma"), "");

        assertThat(new PrismaSchemaReader().locate(project)).contains(project.resolve("schema.prisma"));
    }

    @Test
    void locatesNothingInAProjectWithoutASchema(@TempDir Path project) {
        assertThat(new PrismaSchemaReader().locate(project)).isEmpty();
    }

    @Test
    void readsTheFolderOfAMultiFileSchemaInPathOrder() throws IOException {
        Path folder = TestSchemas.schemaPath("valid", "multi-file");

        assertThat(new PrismaSchemaReader().read(folder, folder.getParent()).sources())
                .extracting(dev.driftguard.SourceFile::path)
                .containsExactly("schema/main.prisma", "schema/order.prisma", "schema/user.prisma");
    }
}
