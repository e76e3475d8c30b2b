package dev.driftguard;

import java.util.Arrays;

/**
 * The text of one input file and the only place where offsets become lines and columns.
 * Offsets are UTF-16 indexes into {@link #text()}; columns count code points.
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    /**
     * @param path the file as reported to users: relative to the project directory, {@code /}-separated
     * @param text the whole content
     */
    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // \r\n, \n and a lone \r all end a line, as PostgreSQL's scanner and editors agree.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line that holds {@code offset}. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column, in code points, of {@code offset}. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[lineOf(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** The location of the half-open offset range {@code [start, end)}. */
    public Location location(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Location(path, lineOf(s), columnOf(s), lineOf(e), columnOf(e));
    }

    /** Text of 1-based line {@code line}, without its line terminator. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
