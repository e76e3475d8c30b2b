package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.Finding;
import dev.driftguard.ProjectStatus;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.history.HistoryStatus;
import dev.driftguard.history.HistoryStatus.State;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.tools.MigrationTools;
import dev.driftguard.report.ReportFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code driftguard status}: each migration's state on the target, what blocks deploy and the exact remedy.
 * Exit code 1 when {@code prisma migrate deploy} would refuse to run.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show each migration's state on the target, what blocks deploy, and how to resolve it.")
final class StatusCommand extends ProjectCommand implements Callable<Integer> {


    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws DriftguardException {
        ProjectStatus status = project.builder(target, spec.commandLine().getErr()).status();
        if (output.format != ReportFormat.TEXT) {
            int code = output.emit(status.findings(), project, project.config().failOn(),
                    spec.commandLine().getOut());
            return status.history().deployBlocked() ? DriftguardCommand.EXIT_FINDINGS : code;
        }
        PrintWriter out = spec.commandLine().getOut();
        HistoryStatus history = status.history();
        HistoryConventions conventions = MigrationTools.adapter(status.tool()).conventions();
        boolean prisma = status.tool() == MigrationTool.PRISMA;
        if (!history.historyTablePresent()) {
            out.println("The target has no " + conventions.historyTable() + " table: every migration is pending.");
        }
        section(out, history, State.APPLIED, "Applied");
        section(out, history, State.MISSING_LOCALLY, "Applied on the target but missing locally");
        section(out, history, State.ROLLED_BACK, "Rolled back (the next deploy applies them again)");
        section(out, history, State.PENDING, "Pending");
        List<HistoryStatus.Entry> failed = history.inState(State.FAILED);
        if (!failed.isEmpty()) {
            out.println("Failed (deploy is blocked until each is resolved):");
            for (HistoryStatus.Entry entry : failed) {
                out.println("  " + entry.name() + entry.record().flatMap(AppliedMigration::startedAt)
                        .map(t -> "  (started " + t + ")").orElse(""));
                entry.record().flatMap(AppliedMigration::logs).map(l -> l.lines().findFirst().orElse(""))
                        .filter(l -> !l.isBlank()).ifPresent(l -> out.println("    error: " + l));
                List<Finding> broken = status.brokenBySkipping().getOrDefault(entry.name(), List.of());
                if (prisma) {
                    out.println("    once the migration is fixed: npx prisma migrate resolve --rolled-back "
                            + entry.name());
                } else {
                    out.println("    to resolve it: " + conventions.failedRemedy(entry.name()));
                }
                if (broken.isEmpty()) {
                    out.println(prisma ? "    to skip it instead:         npx prisma migrate resolve --applied "
                            + entry.name() + "  (no later migration depends on it)"
                            : "    no later migration depends on it");
                } else {
                    out.println(prisma ? "    skipping it (resolve --applied) would break later migrations:"
                            : "    recording it as applied without running it would break later migrations:");
                    broken.forEach(f -> out.println("      " + f.location().map(Object::toString).orElse("")
                            + " " + f.ruleId() + ": " + f.message()));
                }
            }
        }
        out.println();
        out.flush();
        int code = output.emit(status.findings(), project, project.config().failOn(), out);
        return history.deployBlocked() ? DriftguardCommand.EXIT_FINDINGS : code;
    }

    private static void section(PrintWriter out, HistoryStatus history, State state, String title) {
        List<HistoryStatus.Entry> entries = history.inState(state);
        if (!entries.isEmpty()) {
            out.println(title + " (" + entries.size() + "):");
            entries.forEach(e -> out.println("  " + e.name()));
        }
    }
}
