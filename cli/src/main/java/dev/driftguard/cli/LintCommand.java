package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code driftguard lint}: replays the pending migrations on the target and runs every rule. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the pending migrations against the target database.")
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    TargetOptions target;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws DriftguardException {
        Report report = project.builder(target).lint();
        return output.emit(report, project.projectName(), project.config().failOn(), spec.commandLine().getOut());
    }
}
