package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and exit code 2. A stack trace only with {@code --debug}: users need
 * the cause, not our internals.
 */
final class ToolErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
        if (ex instanceof DriftguardException) {
            err.println("driftguard: error: " + ex.getMessage());
        } else {
            err.println("driftguard: internal error: " + ex
                    + (debug ? "" : " (run with --debug for details, and please report it)"));
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return DriftguardCommand.EXIT_TOOL_ERROR;
    }
}
