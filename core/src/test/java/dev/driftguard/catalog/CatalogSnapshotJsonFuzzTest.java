package dev.driftguard.catalog;

import static dev.driftguard.fuzz.HostileText.repeated;
import static dev.driftguard.fuzz.HostileText.withinHangGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.driftguard.SourceFile;
import dev.driftguard.fuzz.HostileText;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.sql.SqlFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The snapshot reader on hostile input: {@link CatalogSnapshotJson#read} either returns a snapshot or throws
 * {@link InvalidSnapshotException} with a line and a message, never anything else and never a hang. A snapshot it
 * accepts is written, and what is written reads back and writes out the same. Tries: {@code -Djqwik.tries.default=N}.
 */
class CatalogSnapshotJsonFuzzTest {

    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false",
            "0", "-1", "1e999", "99999999999999999999", "\"formatVersion\": 1,", "\"formatVersion\": 2",
            "\"tables\": [", "\"name\": \"x\"", "\\", "\\u0000", "\\uD800", "\0", "\uD800", "\n", " ", "/*", "//",
            "\"takenAt\": \"2024-13-45T99:00:00Z\"", "\"history\": null", "\"catalog\": {}", "NaN", "😀");

    private static String validJson;

    @BeforeContainer
    static void writeASnapshotOfARealisticCatalog() {
        String sql = """
                CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
                CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "role" "Role" NOT NULL DEFAULT 'USER',
                    "meta" JSONB, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
                CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER, "title" VARCHAR(191),
                    CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
                CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                CREATE INDEX "Post_title_idx" ON "Post"("title") WHERE "title" IS NOT NULL;
                ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id")
                    ON DELETE SET NULL ON UPDATE CASCADE;
                CREATE SEQUENCE "counter";
                """;
        Migration migration = new Migration("1_init",
                new SqlFrontEnd().parse(new SourceFile("prisma/migrations/1_init/migration.sql", sql)), "0");
        Catalog catalog = new Replay(List.of())
                .run(Catalog.empty(), List.of(migration), 16, new FindingCollector()).catalog().toCatalog();
        Instant at = Instant.parse("2025-01-02T03:04:05Z");
        AppliedMigration applied = new AppliedMigration("a1", "ff", "1_init", Optional.of(at), Optional.of(at),
                Optional.empty(), Optional.empty(), 1);
        validJson = CatalogSnapshotJson.toJson(
                new CatalogSnapshot(CatalogSnapshot.FORMAT_VERSION, Optional.of(at), catalog, Optional.of(List.of(applied))));
    }

    @AfterContainer
    static void forgetTheSnapshot() {
        validJson = null;
    }

    @Property
    void mutatedSnapshotsAreReadOrRefusedWithALocation(@ForAll("mutatedJson") String json) {
        readOrRefuse(json);
    }

    @Property
    void noiseIsReadOrRefusedWithALocation(@ForAll("noiseJson") String json) {
        readOrRefuse(json);
    }

    @Example
    void theSeedSnapshotRoundTrips() {
        CatalogSnapshot read = CatalogSnapshotJson.read(validJson, "seed.json");
        assertThat(CatalogSnapshotJson.toJson(read)).isEqualTo(validJson);
    }

    @Example
    void nestingTenThousandArraysDeepIsRefused() {
        String json = "{\"formatVersion\": 1, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(readOrRefuse(json)).isInstanceOf(InvalidSnapshotException.class);
    }

    @Example
    void tenMegabyteStringValueIsRefused() {
        String json = validJson.replaceFirst("\"public\"", "\"" + repeated("p", 10_000_000) + "\"");
        readOrRefuse(json);
    }

    @Example
    void tenMegabyteLineOfWhitespaceThenTruncationIsRefused() {
        String json = validJson.substring(0, validJson.length() / 2).replace("\n", repeated(" ", 10_000));
        assertThat(readOrRefuse(json)).isInstanceOf(InvalidSnapshotException.class);
    }

    @Example
    void invalidUtf8InASnapshotFileIsRefused() throws IOException {
        Path file = Files.createTempFile("driftguard-fuzz-", ".json");
        byte[] json = validJson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[json.length + 3];
        System.arraycopy(json, 0, bad, 0, 40);
        bad[40] = (byte) 0xC3;
        bad[41] = (byte) 0x28;
        bad[42] = (byte) 0xFF;
        System.arraycopy(json, 40, bad, 43, json.length - 40);
        Files.write(file, bad);
        Throwable thrown = catchThrowable(() -> withinHangGuard(() -> CatalogSnapshotJson.read(file)));
        assertThat(thrown).isInstanceOf(InvalidSnapshotException.class);
        assertThat(thrown.getMessage()).contains(file.toString());
        Files.delete(file);
    }

    @Example
    void aDirectoryInsteadOfASnapshotFileIsRefused() throws IOException {
        Path dir = Files.createTempDirectory("driftguard-fuzz-");
        Throwable thrown = catchThrowable(() -> CatalogSnapshotJson.read(dir));
        assertThat(thrown).isInstanceOf(InvalidSnapshotException.class);
        Files.delete(dir);
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        return HostileText.mutationsOf(List.of(validJson), FRAGMENTS);
    }

    @Provide
    Arbitrary<String> noiseJson() {
        return HostileText.noise(FRAGMENTS, 40);
    }

    /** Reads {@code json}; returns what was thrown, failing the test if it was not an InvalidSnapshotException. */
    private static Throwable readOrRefuse(String json) {
        Throwable thrown = catchThrowable(() -> {
            CatalogSnapshot snapshot = withinHangGuard(() -> CatalogSnapshotJson.read(json, "fuzz.json"));
            String written = CatalogSnapshotJson.toJson(snapshot);
            assertThat(CatalogSnapshotJson.toJson(CatalogSnapshotJson.read(written, "written.json")))
                    .isEqualTo(written);
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidSnapshotException.class);
            assertThat(thrown.getMessage()).isNotBlank();
        }
        return thrown;
    }
}
