package dev.driftguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code driftguard}: the top-level command. Parses options, calls core, renders, sets the exit code. */
@Command(name = "driftguard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds the migrations that will fail, or hurt production, before they are deployed.",
        subcommands = {LintCommand.class, StatusCommand.class, DriftCommand.class, SnapshotCommand.class,
                RulesCommand.class, ExplainCommand.class, LspCommand.class, CommandLine.HelpCommand.class},
        footer = {"",
                "Examples:",
                "  driftguard lint examples/vps-subset",
                "  driftguard lint . --database-url postgresql://readonly@db.internal:5432/app",
                "  driftguard lint . --catalog target-catalog.json --format json --output findings.json",
                "",
                "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 Driftguard could not run."})
public final class DriftguardCommand implements Runnable {

    /** Exit code when findings reach the threshold. */
    public static final int EXIT_FINDINGS = 1;
    /** Exit code when Driftguard itself cannot run. */
    public static final int EXIT_TOOL_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; never exits the JVM, so tests and tools can call it. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new DriftguardCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new ToolErrorHandler());
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("driftguard: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'driftguard " + ex.getCommandLine().getCommandName()
                    + " --help' for usage.");
            return EXIT_TOOL_ERROR;
        });
        return commandLine;
    }
}
