package dev.driftguard.cli;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.config.Baseline;
import dev.driftguard.config.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import dev.driftguard.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (written by --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings as accepted, then exit 0. Later runs with --baseline report only new ones.")
    Path writeBaseline;

    @Override
    public Integer call() throws DriftguardException {
        Driftguard.Builder builder = project.builder(target, spec.commandLine().getErr());
        if (writeBaseline != null) {
            Report report = builder.lint();
            try {
                Baseline.write(report, writeBaseline);
            } catch (IOException e) {
                throw new DriftguardException("cannot write baseline " + writeBaseline + ": " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println("driftguard: recorded " + report.findings().size()
                    + " findings in " + writeBaseline);
            return 0;
        }
        if (baseline != null) {
            LoadResult<Baseline> accepted = Baseline.read(baseline);
            if (!accepted.isValid()) {
                throw new DriftguardException(accepted.describeProblems());
            }
            builder.baseline(accepted.value().orElseThrow());
        }
        Report report = builder.lint();
        return output.emit(report, project, project.config().failOn(), spec.commandLine().getOut());
    }
}
