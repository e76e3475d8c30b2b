package dev.driftguard.cli;

import dev.driftguard.ProgressListener;
import java.io.PrintWriter;

/**
 * A progress line on stderr, redrawn in place, for runs long enough to wonder about; only on a terminal, so that
 * logs and pipes stay clean.
 */
final class TerminalProgress implements ProgressListener {

    /** Below this many units a run is over before a line would help. */
    private static final int WORTH_SHOWING = 200;

    private final PrintWriter err;
    private int lastPercent = -1;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A listener that draws on {@code err} when standard error is a terminal, else one that does nothing. */
    static ProgressListener forTerminal(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : ProgressListener.NONE;
    }

    @Override
    public void advanced(String phase, int done, int total) {
        if (total < WORTH_SHOWING) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + phase + ": " + done + "/" + total + " (" + percent + "%)");
            if (done == total) {
                err.print("\r\033[2K");
            }
            err.flush();
        }
    }
}
