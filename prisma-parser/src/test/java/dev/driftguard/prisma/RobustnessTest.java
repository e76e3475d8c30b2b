package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.schema.DeclaredSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cuts, duplicates and scrambles pieces of every valid test schema: whatever comes out, the parser must answer with
 * diagnostics, never an exception. The seed is fixed so that a failure can be replayed.
 */
class RobustnessTest {

    private static final String NOISE = "{}[]()@@=:,.?\"\\/\n \tmodel enum type view Int String ñ\u0000";

    static java.util.List<String> validCases() throws IOException {
        return TestSchemas.cases("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void neverThrowsOnAMangledSchema(String name) throws IOException {
        java.nio.file.Path path = TestSchemas.schemaPath("valid", name);
        if (Files.isDirectory(path)) {
            return;
        }
        String original = Files.readString(path);
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 40; round++) {
            String mangled = mangle(original, random);
            DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", mangled);
            assertThat(schema.diagnostics()).as(mangled)
                    .noneMatch(d -> d.message().startsWith("Driftguard could not read this schema"));
        }
    }

    private static String mangle(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
                case 1 -> out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> {
                    int end = Math.min(out.length(), at + random.nextInt(40));
                    out.insert(random.nextInt(out.length()), out.substring(at, end));
                }
            }
        }
        return out.toString();
    }
}
