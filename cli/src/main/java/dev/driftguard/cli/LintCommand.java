package dev.driftguard.cli;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code driftguard lint}: replays the pending migrations on the target and runs every rule. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the pending migrations against the target database.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project directory (default: the current one).")
    Path projectDir;

    @Option(names = "--schema", paramLabel = "FILE|DIR", description = "schema.prisma, or a folder of .prisma files "
            + "(default: prisma/schema.prisma).")
    Path schema;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "The migrations folder (default: prisma/migrations).")
    Path migrations;

    @Mixin
    TargetOptions target;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws DriftguardException {
        if (!projectDir.toFile().isDirectory()) {
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
        Report report = builder.lint();
        Path name = projectDir.toAbsolutePath().normalize().getFileName();
        return output.emit(report, name == null ? "driftguard" : name.toString(), spec.commandLine().getOut());
    }
}
