package dev.driftguard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code driftguard} command in this JVM, with what it printed.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error
 */
record InProcessRun(int exitCode, String out, String err) {

    /** Runs {@code driftguard args...} as the launcher would, capturing both streams. */
    static InProcessRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DriftguardCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new InProcessRun(exitCode, out.toString(), err.toString());
    }

    /** The lines written to standard error. */
    java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
