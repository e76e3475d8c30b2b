package dev.driftguard.prisma;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test schemas under {@code src/test/resources/prisma/{valid,invalid}/<case>/}. */
final class TestSchemas {

    private TestSchemas() {
    }

    static Path root() {
        try {
            return Path.of(TestSchemas.class.getResource("/prisma").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> cases(String kind) throws IOException {
        try (Stream<Path> dirs = Files.list(root().resolve(kind))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Path caseDir(String kind, String name) {
        return root().resolve(kind).resolve(name);
    }

    /** The schema of a case: its {@code schema.prisma}, or its {@code schema/} folder. */
    static Path schemaPath(String kind, String name) {
        Path dir = caseDir(kind, name);
        Path file = dir.resolve("schema.prisma");
        return Files.exists(file) ? file : dir.resolve("schema");
    }

    static ParsedSchema parse(String kind, String name) throws IOException {
        return PrismaSchemaParser.forPrismaMajor(6).read(schemaPath(kind, name), caseDir(kind, name));
    }

    static ParsedSchema parseValid(String name) throws IOException {
        return parse("valid", name);
    }
}
