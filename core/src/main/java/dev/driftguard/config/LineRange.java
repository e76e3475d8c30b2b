package dev.driftguard.config;

/**
 * Lines {@code first} to {@code last} of a file, 1-based and inclusive.
 */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + ".." + last);
        }
    }

    /** True when {@code line} is within the range. */
    public boolean contains(int line) {
        return line >= first && line <= last;
    }
}
