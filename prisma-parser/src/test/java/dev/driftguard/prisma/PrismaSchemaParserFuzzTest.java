package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.driftguard.Severity;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaDiagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The Prisma schema parser on hostile input: whatever the text, {@link PrismaSchemaParser#parseText} returns a
 * schema whose problems are diagnostics inside the file, never an exception and never a hang. Tries:
 * {@code -Djqwik.tries.default=N}.
 */
class PrismaSchemaParserFuzzTest {

    /** A guard against loops, not a speed target. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static final String SEED = """
            generator client {
              provider        = "prisma-client-js"
              previewFeatures = ["postgresqlExtensions"]
            }

            datasource db {
              provider   = "postgresql"
              url        = env("DATABASE_URL")
              extensions = [vector, pg_trgm(schema: "public")]
            }

            /// A person who signs in.
            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique @db.VarChar(191)
              role      Role     @default(USER)
              posts     Post[]
              meta      Json?    @default("{}")
              createdAt DateTime @default(now()) @map("created_at")

              @@index([createdAt(sort: Desc)], type: BTree)
              @@map("users")
            }

            model Post {
              id       String @id @default(uuid())
              author   User?  @relation(fields: [authorId], references: [id], onDelete: SetNull)
              authorId Int?
              tags     String[]
              score    Decimal @default(0.5) @db.Decimal(10, 2)

              @@unique([authorId, id], name: "author_post")
            }

            enum Role {
              USER
              ADMIN @map("admin")
            }
            """;

    private static final List<String> FRAGMENTS = List.of("{", "}", "(", ")", "[", "]", "\"", "@", "@@", "?", "=",
            ":", ",", ".", "//", "///", "\n", "\r\n", "\r", " ", "\t", "\0", "\uD800", "\uFEFF", "model", "enum",
            "datasource", "generator", "view", "type", "@relation(", "@id", "@default(", "@@index([", "env(\"", "\\",
            "\\\"", "Int", "String?", "[]", "-1e9", "😀");

    @Property
    void mutatedSchemasParseIntoDiagnosticsInsideTheFile(@ForAll("mutatedSchema") String text) {
        assertParsesWithDiagnosticsInside(text);
    }

    @Property
    void noiseParsesIntoDiagnosticsInsideTheFile(@ForAll("noiseSchema") String text) {
        assertParsesWithDiagnosticsInside(text);
    }

    @Example
    void theSeedHasNoErrors() {
        assertThat(PrismaSchemaParser.parseText("schema.prisma", SEED).diagnostics())
                .noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Example
    void tenMegabyteLineParses() {
        String text = SEED + "model Big {\n  id Int @id @default(\"" + "x".repeat(10_000_000) + "\n}\n";
        assertParsesWithDiagnosticsInside(text);
    }

    @Example
    void callsNestedTwentyThousandDeepAreOneDiagnostic() {
        int depth = 20_000;
        String text = "model Deep {\n  id Int @id @default(" + "f(".repeat(depth) + "1" + ")".repeat(depth) + ")\n}\n";
        DeclaredSchema schema = assertParsesWithDiagnosticsInside(text);
        assertThat(schema.diagnostics()).extracting(SchemaDiagnostic::message)
                .anyMatch(m -> m.startsWith("Driftguard could not read this schema"));
    }

    /** Unclosed brackets take time quadratic in their number (ANTLR's full-context prediction): kept modest. */
    @Example
    void twoThousandUnclosedBracketsParse() {
        assertParsesWithDiagnosticsInside("model Deep {\n  x Int @default(" + "[".repeat(2_000) + "\n}\n");
    }

    @Example
    void aThousandModelsWithUnclosedBlocksParse() {
        String text = "model M {\n  id Int @id\n".repeat(1_000) + "enum E {\n".repeat(1_000);
        assertParsesWithDiagnosticsInside(text);
    }

    @Example
    void invalidUtf8InASchemaFileIsReadAsReplacementCharactersOrRefusedAsIo() throws IOException {
        Path dir = Files.createTempDirectory("driftguard-fuzz-");
        Path file = dir.resolve("schema.prisma");
        byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[seed.length + 3];
        System.arraycopy(seed, 0, bad, 0, 10);
        bad[10] = (byte) 0xC3;
        bad[11] = (byte) 0x28;
        bad[12] = (byte) 0xFF;
        System.arraycopy(seed, 10, bad, 13, seed.length - 10);
        Files.write(file, bad);
        Throwable thrown = catchThrowable(
                () -> Assertions.assertTimeoutPreemptively(HANG_GUARD, () -> new PrismaSchemaReader().read(file, dir)));
        Files.delete(file);
        Files.delete(dir);
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("Input length");
        }
    }

    @Provide
    Arbitrary<String> mutatedSchema() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.of(FRAGMENTS))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            String text = SEED;
            for (Edit e : edits) {
                text = e.applyTo(text);
            }
            return text;
        });
    }

    @Provide
    Arbitrary<String> noiseSchema() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.chars().map(String::valueOf));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    private static DeclaredSchema assertParsesWithDiagnosticsInside(String text) {
        DeclaredSchema schema = Assertions.assertTimeoutPreemptively(HANG_GUARD,
                () -> PrismaSchemaParser.parseText("schema.prisma", text),
                "no result within " + HANG_GUARD.toSeconds() + " s: the schema makes the parser hang");
        long lines = text.lines().count() + 1;
        for (SchemaDiagnostic diagnostic : schema.diagnostics()) {
            assertThat(diagnostic.message()).isNotBlank();
            assertThat(diagnostic.location().file()).isEqualTo("schema.prisma");
            assertThat((long) diagnostic.location().line()).isBetween(1L, lines);
        }
        return schema;
    }

    /** Truncate, insert, delete or duplicate, at a fraction of the text. */
    private record Edit(int kind, double at, double length, String fragment) {
        String applyTo(String text) {
            int pos = (int) (at * text.length());
            int end = Math.min(text.length(), pos + (int) (length * Math.min(40, text.length() - pos)));
            return switch (kind) {
                case 0 -> text.substring(0, pos);
                case 1 -> text.substring(0, pos) + fragment + text.substring(pos);
                case 2 -> text.substring(0, pos) + text.substring(end);
                default -> text.substring(0, end) + text.substring(pos);
            };
        }
    }
}
