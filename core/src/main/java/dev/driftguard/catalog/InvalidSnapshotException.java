package dev.driftguard.catalog;

/**
 * A catalog snapshot file that cannot be used: unreadable, not JSON, of an unsupported format version, or of the
 * wrong shape. The message is one line, {@code file:line:column: what is wrong}, pointing into the JSON.
 */
public final class InvalidSnapshotException extends RuntimeException {

    private final int line;
    private final int column;

    public InvalidSnapshotException(String source, int line, int column, String problem) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": "
                + problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem in the JSON, 0 when the file could not be read at all. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem in the JSON, 0 when the file could not be read at all. */
    public int column() {
        return column;
    }
}
