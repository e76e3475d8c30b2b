package dev.driftguard.prisma;

import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The {@link SchemaReader} for Prisma projects, found by core through {@link java.util.ServiceLoader}. */
public final class PrismaSchemaReader implements SchemaReader {

    @Override
    public String name() {
        return "prisma";
    }

    /**
     * Where Prisma looks by default: {@code prisma/schema.prisma}, then a {@code prisma/schema/} folder of
     * {@code .prisma} files, then {@code schema.prisma} at the project root.
     */
    @Override
    public Optional<Path> locate(Path projectDir) {
        for (Path candidate : List.of(projectDir.resolve("prisma/schema.prisma"), projectDir.resolve("prisma/schema"),
                projectDir.resolve("schema.prisma"))) {
            if (Files.isRegularFile(candidate) || Files.isDirectory(candidate) && holdsSchemaFiles(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public DeclaredSchema read(Path schemaPath, Path projectDir) throws IOException {
        return read(schemaPath, projectDir, FileOverrides.none());
    }

    @Override
    public DeclaredSchema read(Path schemaPath, Path projectDir, FileOverrides overrides) throws IOException {
        return PrismaSchemaParser.forPrismaMajor(PrismaSchemaParser.DEFAULT_PRISMA_MAJOR)
                .read(schemaPath, projectDir, overrides).declared();
    }

    private static boolean holdsSchemaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".prisma"));
        } catch (IOException unreadable) {
            return false;
        }
    }
}
