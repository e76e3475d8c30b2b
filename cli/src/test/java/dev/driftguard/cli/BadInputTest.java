package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code driftguard lint} on inputs it cannot use: one line on stderr naming the problem, no stack trace, exit 2
 * where Driftguard cannot run, and nothing written to {@code --output}.
 */
class BadInputTest {

    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    private static final String MIGRATION = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" SERIAL NOT NULL,
                "email" TEXT NOT NULL,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            """;

    @TempDir
    Path project;

    private Path migrationFile;

    @BeforeEach
    void writeAProjectThatLintsClean() throws IOException {
        Files.createDirectories(project.resolve("prisma/migrations/20240101000000_init"));
        Files.writeString(project.resolve("prisma/schema.prisma"), SCHEMA);
        migrationFile = project.resolve("prisma/migrations/20240101000000_init/migration.sql");
        Files.writeString(migrationFile, MIGRATION);
        assertThat(CliRun.of("lint", project.toString()).exitCode()).isZero();
    }

    @Test
    void unreadableMigrationIsOneLineAndExitTwo() throws IOException {
        makeUnreadable(migrationFile);
        CliRun run = CliRun.of("lint", project.toString());
        assertFailedWithOneLine(run,
                "driftguard: error: cannot read prisma/migrations/20240101000000_init/migration.sql: permission denied");
    }

    @Test
    void unreadableSchemaIsOneLineAndExitTwo() throws IOException {
        makeUnreadable(project.resolve("prisma/schema.prisma"));
        CliRun run = CliRun.of("lint", project.toString());
        assertFailedWithOneLine(run, "driftguard: error: cannot read schema prisma/schema.prisma: permission denied");
    }

    @Test
    void unreadableMigrationsFolderIsOneLineAndExitTwo() throws IOException {
        makeUnreadable(project.resolve("prisma/migrations"));
        CliRun run = CliRun.of("lint", project.toString());
        assertFailedWithOneLine(run,
                "driftguard: error: cannot read migrations folder prisma/migrations: permission denied");
    }

    @Test
    void fileGivenAsProjectDirectoryIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("lint", migrationFile.toString());
        assertFailedWithOneLine(run, "driftguard: error: project directory not found: " + migrationFile);
    }

    @Test
    void fileGivenAsMigrationsFolderIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("lint", project.toString(), "--migrations", migrationFile.toString());
        assertFailedWithOneLine(run, "driftguard: error: migrations folder not found: "
                + "prisma/migrations/20240101000000_init/migration.sql is not a directory");
    }

    @Test
    void missingSchemaFileIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("lint", project.toString(), "--schema",
                project.resolve("prisma/nothing.prisma").toString());
        assertFailedWithOneLine(run, "driftguard: error: schema not found: prisma/nothing.prisma");
    }

    @Test
    void directoryGivenAsCatalogSnapshotIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("lint", project.toString(), "--catalog", project.toString());
        assertFailedWithOneLine(run, "driftguard: error: " + project);
    }

    @Test
    void garbageCatalogSnapshotIsOneLineWithItsLineAndExitTwo() throws IOException {
        Path catalog = project.resolve("catalog.json");
        Files.writeString(catalog, "{\"formatVersion\": 1,\n  \"catalog\": [\0");
        CliRun run = CliRun.of("lint", project.toString(), "--catalog", catalog.toString());
        assertFailedWithOneLine(run, "driftguard: error: " + catalog + ":2:");
    }

    @Test
    void directoryGivenAsOutputIsOneLineExitTwoAndLeavesNothingBehind() throws IOException {
        Path out = Files.createDirectory(project.resolve("report"));
        CliRun run = CliRun.of("lint", project.toString(), "--output", out.toString());
        assertFailedWithOneLine(run, "driftguard: error: cannot write " + out + ": is a directory");
        assertThat(out).isEmptyDirectory();
        assertNoTemporaryFilesIn(project);
    }

    @Test
    void outputInAMissingFolderIsOneLineAndExitTwo() {
        Path out = project.resolve("missing/report.json");
        CliRun run = CliRun.of("lint", project.toString(), "--format", "json", "--output", out.toString());
        assertFailedWithOneLine(run, "driftguard: error: cannot write " + out + ": no such file or directory");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void failedRunWritesNothingToOutput() throws IOException {
        makeUnreadable(migrationFile);
        Path out = project.resolve("report.sarif");
        CliRun run = CliRun.of("lint", project.toString(), "--format", "sarif", "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertNoTemporaryFilesIn(project);
    }

    @Test
    void symlinkLoopAsMigrationIsOneLineAndExitTwo() throws IOException {
        Files.delete(migrationFile);
        Files.createSymbolicLink(migrationFile, migrationFile.getFileName());
        CliRun run = CliRun.of("lint", project.toString());
        assertThat(run.exitCode()).isIn(0, 2);
        assertThat(run.errLines()).hasSizeLessThanOrEqualTo(1);
        assertNoStackTrace(run);
    }

    @Test
    void symlinkLoopAsMigrationsFolderIsOneLineAndExitTwo() throws IOException {
        Path loop = project.resolve("loop");
        Files.createSymbolicLink(loop, loop.getFileName());
        CliRun run = CliRun.of("lint", project.toString(), "--migrations", loop.toString());
        assertFailedWithOneLine(run, "driftguard: error: migrations folder not found: loop");
    }

    @Test
    void symlinkLoopAsSchemaIsOneLineAndExitTwo() throws IOException {
        Path loop = project.resolve("prisma/loop.prisma");
        Files.createSymbolicLink(loop, loop.getFileName());
        CliRun run = CliRun.of("lint", project.toString(), "--schema", loop.toString());
        assertFailedWithOneLine(run, "driftguard: error: schema not found: prisma/loop.prisma");
    }

    @Test
    void symlinkCycleInsideASchemaFolderIsNotFollowed() throws IOException {
        Path folder = Files.createDirectories(project.resolve("prisma/schema"));
        Files.writeString(folder.resolve("models.prisma"), SCHEMA);
        Files.createSymbolicLink(folder.resolve("again"), folder);
        CliRun run = CliRun.of("lint", project.toString(), "--schema", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void thousandsOfEmptyAndNonSqlEntriesAreSkipped() throws IOException {
        Path migrations = project.resolve("prisma/migrations");
        for (int i = 0; i < 3_000; i++) {
            switch (i % 4) {
                case 0 -> Files.createDirectory(migrations.resolve("2023" + i + "_empty_folder"));
                case 1 -> Files.writeString(migrations.resolve("notes-" + i + ".txt"), "not a migration");
                case 2 -> {
                    Path folder = Files.createDirectory(migrations.resolve("2023" + i + "_empty_file"));
                    Files.createFile(folder.resolve("migration.sql"));
                }
                default -> {
                    Path folder = Files.createDirectory(migrations.resolve("2023" + i + "_other_files"));
                    Files.write(folder.resolve("README.md"), new byte[] {(byte) 0xFF, 0, 1});
                }
            }
        }
        CliRun run = CliRun.of("lint", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("no problems found\n");
    }

    @Test
    void binaryMigrationIsLintedNotACrash() throws IOException {
        Files.write(migrationFile, new byte[] {(byte) 0xC3, 0x28, 0, (byte) 0xFF, ';', '\n', 'C', 'R', 'E'});
        CliRun run = CliRun.of("lint", project.toString(), "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertNoStackTrace(run);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void schemaWithOnlyErrorsGivesOneFindingPerErrorAndExitOne() throws IOException {
        Files.writeString(project.resolve("prisma/schema.prisma"), """
                model {
                  id Int @id @@ oops
                }
                modle User {
                }
                """);
        CliRun run = CliRun.of("lint", project.toString(), "--format", "github");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().filter(l -> l.startsWith("::error")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("title=invalid-schema").contains("file=prisma/schema.prisma"));
        assertNoStackTrace(run);
    }

    private static void makeUnreadable(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        // root reads whatever the permissions say: there is nothing to test then.
        assumeFalse(Files.isReadable(path), "running as a user who can read a chmod 000 file (root)");
    }

    private static void assertFailedWithOneLine(CliRun run, String expectedStart) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith(expectedStart);
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }

    private static void assertNoTemporaryFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".driftguard-"));
        }
    }
}
