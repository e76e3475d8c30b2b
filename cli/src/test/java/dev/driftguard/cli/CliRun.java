package dev.driftguard.cli;

import dev.driftguard.DriftguardVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DriftguardCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** What the golden files hold in place of Driftguard's version, which changes with every commit. */
    static final String VERSION_PLACEHOLDER = "<driftguard version>";

    /**
     * Standard output with this build's version (SARIF's tool driver, JSON's tool) replaced by
     * {@link #VERSION_PLACEHOLDER}, so golden files compare the same on every commit and release.
     */
    String outWithoutVersion() {
        return out.replace('"' + DriftguardVersion.current().text() + '"', '"' + VERSION_PLACEHOLDER + '"');
    }

    /** The lines written to standard error. */
    java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
