package dev.driftguard;

/**
 * A range of source text: the file (relative to the project directory, with {@code /} separators),
 * 1-based line and column of the first character and of the character after the last one.
 * Columns count Unicode code points, as editors and compilers do.
 */
public record Location(String file, int line, int column, int endLine, int endColumn) {

    public Location {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad range " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A location that names a whole file, for findings that belong to no token. */
    public static Location ofFile(String file) {
        return new Location(file, 1, 1, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
