package dev.driftguard.report;

import dev.driftguard.Report;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a report into one output format. Implementations are stateless and thread-safe; they write to the
 * given {@link Appendable} and never print or exit themselves.
 */
public interface ReportRenderer {

    /**
     * Writes {@code report} to {@code out}.
     *
     * @throws IOException only when {@code out} fails
     */
    void render(Report report, RenderOptions options, Appendable out) throws IOException;

    /** The rendered report as a string. */
    default String render(Report report, RenderOptions options) {
        StringBuilder out = new StringBuilder();
        try {
            render(report, options, out);
        } catch (IOException e) {
            // A StringBuilder never throws; this is unreachable but the signature demands it.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
