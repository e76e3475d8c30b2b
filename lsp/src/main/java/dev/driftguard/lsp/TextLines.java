package dev.driftguard.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the editor's positions and Driftguard's. LSP counts 0-based lines and UTF-16 code units;
 * a {@link dev.driftguard.Location} counts 1-based lines and code points, so a line with an emoji before the token
 * shifts the two apart. Lines end as {@link dev.driftguard.SourceFile} ends them.
 */
final class TextLines {
    private final String text;
    private final int[] starts;

    TextLines(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    String text() {
        return text;
    }

    /** The editor position of a Driftguard line and code-point column (both 1-based), clamped to the text. */
    Position position(int line, int column) {
        int l = Math.max(1, Math.min(line, starts.length));
        int start = starts[l - 1];
        int end = lineEnd(l);
        int offset = start;
        for (int cp = 1; cp < column && offset < end; cp++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return new Position(l - 1, Math.min(offset, end) - start);
    }

    Range range(dev.driftguard.Location location) {
        return new Range(position(location.line(), location.column()),
                position(location.endLine(), location.endColumn()));
    }

    /** The UTF-16 offset of an editor position, clamped to its line. */
    int offset(Position position) {
        int l = Math.max(0, Math.min(position.getLine(), starts.length - 1));
        return Math.min(starts[l] + Math.max(0, position.getCharacter()), lineEnd(l + 1));
    }

    /** The editor position of a UTF-16 offset. */
    Position positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(starts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line, clamped - starts[line]);
    }

    /** Where the line holding {@code offset} begins. */
    int lineStart(int offset) {
        return starts[positionOf(offset).getLine()];
    }

    private int lineEnd(int line) {
        int end = line < starts.length ? starts[line] : text.length();
        while (end > starts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
