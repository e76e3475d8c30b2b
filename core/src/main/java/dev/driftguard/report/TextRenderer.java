package dev.driftguard.report;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiler-style diagnostics, laid out as rustc lays them out:
 * <pre>
 * error[missing-relation]: relation "SocialPost" does not exist
 *   --&gt; prisma/migrations/20251223000000_add_gin_indexes/migration.sql:9:42
 *    |
 *  9 | CREATE INDEX "SocialPost_content_idx" ON "SocialPost" USING GIN ("content");
 *    |                                          ^^^^^^^^^^^^
 *    = help: create the table in an earlier migration, or remove this index
 * </pre>
 * followed by a summary line such as {@code 3 errors, 1 warning}. The caret line accounts for tabs and for wide and
 * zero-width characters; a span over several lines is marked to the end of its first line, and says where it ends.
 */
public final class TextRenderer implements ReportRenderer {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String BLUE = "\u001B[1;34m";

    /** The gutter is never narrower than this, so short files line up like the others. */
    private static final int MIN_GUTTER = 2;

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        Palette palette = new Palette(options.color());
        for (Finding finding : report.findings()) {
            renderFinding(finding, report, palette, out);
            out.append('\n');
        }
        out.append(palette.bold(summary(report))).append('\n');
    }

    /** The closing line, e.g. {@code 3 errors, 1 warning}, or {@code no problems found}. */
    public static String summary(Report report) {
        List<String> parts = new ArrayList<>();
        addCount(parts, report.count(Severity.ERROR), "error");
        addCount(parts, report.count(Severity.WARNING), "warning");
        addCount(parts, report.count(Severity.INFO), "info");
        return parts.isEmpty() ? "no problems found" : String.join(", ", parts);
    }

    private static void addCount(List<String> parts, long count, String noun) {
        if (count > 0) {
            parts.add(count + " " + noun + (count == 1 ? "" : "s"));
        }
    }

    private static void renderFinding(Finding finding, Report report, Palette palette, Appendable out)
            throws IOException {
        out.append(palette.severity(finding.severity(), finding.severity().label() + "[" + finding.ruleId() + "]"))
                .append(palette.bold(": " + TerminalText.show(finding.message())))
                .append('\n');

        Optional<Location> location = finding.location();
        Optional<Snippet> snippet = location.flatMap(l -> report.source(l.file()).flatMap(s -> Snippet.of(s, l)));
        int gutter = Math.max(MIN_GUTTER, digits(location.map(Location::line).orElse(0)));
        String pad = " ".repeat(gutter);

        if (location.isPresent()) {
            Location l = location.get();
            out.append(pad).append(palette.blue("--> ")).append(l.file()).append(':')
                    .append(Integer.toString(l.line())).append(':').append(Integer.toString(l.column())).append('\n');
        }
        if (snippet.isPresent()) {
            Snippet s = snippet.get();
            String number = String.format("%" + gutter + "d", s.line());
            out.append(pad).append(palette.blue(" |")).append('\n');
            out.append(palette.blue(number + " | ")).append(s.shownLine()).append('\n');
            out.append(pad).append(palette.blue(" | ")).append(" ".repeat(s.caretOffset()))
                    .append(palette.severity(finding.severity(), "^".repeat(s.caretWidth())))
                    .append(s.continuation()).append('\n');
        }
        if (location.isEmpty() && finding.migration().isPresent()) {
            note(out, pad, palette, "note", "in migration " + finding.migration().get());
        }
        if (finding.fix().isPresent()) {
            note(out, pad, palette, "help", finding.fix().get());
        }
        if (finding.sqlState().isPresent()) {
            note(out, pad, palette, "note", "deploy fails with SQLSTATE " + finding.sqlState().get());
        }
    }

    private static void note(Appendable out, String pad, Palette palette, String kind, String text)
            throws IOException {
        out.append(pad).append(palette.blue(" = ")).append(palette.bold(kind + ":")).append(' ')
                .append(TerminalText.show(text)).append('\n');
    }

    private static int digits(int number) {
        return Integer.toString(number).length();
    }

    /**
     * One source line as shown, with the caret underline's offset and width in terminal columns.
     *
     * @param continuation what follows the carets when the span goes on past this line
     */
    private record Snippet(int line, String shownLine, int caretOffset, int caretWidth, String continuation) {

        static Optional<Snippet> of(SourceFile source, Location location) {
            if (location.line() > source.lineCount()) {
                return Optional.empty();
            }
            String text = source.line(location.line());
            int length = text.codePointCount(0, text.length());
            int start = Math.min(location.column() - 1, length);
            boolean multiLine = location.endLine() > location.line();
            int end = multiLine ? length : Math.min(location.endColumn() - 1, length);
            int offset = TerminalText.width(text, 0, start);
            int width = Math.max(1, TerminalText.width(text, start, end));
            String continuation = multiLine ? " (span continues to line " + location.endLine() + ")" : "";
            return Optional.of(new Snippet(location.line(), TerminalText.show(text), offset, width, continuation));
        }
    }

    /** ANSI styling that collapses to plain text when colors are off. */
    private record Palette(boolean enabled) {

        String severity(Severity severity, String text) {
            String code = switch (severity) {
                case ERROR -> "\u001B[1;31m";
                case WARNING -> "\u001B[1;33m";
                case INFO -> "\u001B[1;36m";
            };
            return style(code, text);
        }

        String bold(String text) {
            return style(BOLD, text);
        }

        String blue(String text) {
            return style(BLUE, text);
        }

        private String style(String code, String text) {
            return enabled ? code + text + RESET : text;
        }
    }
}
