package dev.driftguard.cli;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The project and where its schema and migrations are; shared by lint, status and drift. */
final class ProjectOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project directory (default: the current one).")
    Path projectDir;

    @Option(names = "--schema", paramLabel = "FILE|DIR",
            description = "schema.prisma, or a folder of .prisma files (default: prisma/schema.prisma).")
    Path schema;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "The migrations folder (default: prisma/migrations).")
    Path migrations;

    /** A builder for this project, with the target the options name. */
    Driftguard.Builder builder(TargetOptions target) throws DriftguardException {
        if (!Files.isDirectory(projectDir)) {
            throw new DriftguardException("project directory not found: " + projectDir);
        }
        Driftguard.Builder builder = Driftguard.forProject(projectDir);
        if (schema != null) {
            builder.schema(schema);
        }
        if (migrations != null) {
            builder.migrations(migrations);
        }
        if (target.postgresMajor != null) {
            builder.postgresMajor(target.postgresMajor);
        }
        target.read().ifPresent(builder::against);
        return builder;
    }

    String projectName() {
        Path name = projectDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "driftguard" : name.toString();
    }
}
