package dev.driftguard.report;

/**
 * How text occupies a terminal: tabs, wide East Asian characters and emoji, zero-width marks, and characters that
 * must not reach a terminal raw (control characters, bidirectional overrides). The text renderer uses it so that
 * the caret line lines up with the source line whatever the source holds.
 * <p>
 * We keep this small table rather than add ICU4J (about 14 MB) to core for one property; the ranges follow
 * Unicode's East Asian Width (W and F) and the emoji presentation blocks.
 */
final class TerminalText {

    /** Tabs are shown as this many spaces, as rustc does, so the caret line can be computed without tab stops. */
    static final int TAB_WIDTH = 4;

    private static final char REPLACEMENT = '\uFFFD';

    private static final int[][] WIDE = {
        {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
        {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
        {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
        {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
        {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
        {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
        {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
        {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF},
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
        {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

    private TerminalText() {
    }

    /** Columns that {@code codePoint} takes once shown by {@link #show}. */
    static int width(int codePoint) {
        if (codePoint == '\t') {
            return TAB_WIDTH;
        }
        if (isUnsafe(codePoint)) {
            return 1;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** Columns that the code points {@code [from, to)} of {@code text} take, counted in code points. */
    static int width(String text, int fromCodePoint, int toCodePoint) {
        int columns = 0;
        int index = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (index >= fromCodePoint && index < toCodePoint) {
                columns += width(cp);
            }
            index++;
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** The text as it is safe to show on a terminal: tabs expanded, unsafe characters replaced. */
    static String show(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(" ".repeat(TAB_WIDTH));
            } else if (isUnsafe(cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Control characters could move the cursor or recolor the terminal, and bidirectional overrides could make the
     * shown line read differently from what PostgreSQL executes; both are replaced when shown.
     */
    private static boolean isUnsafe(int cp) {
        return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C
                || Character.getType(cp) == Character.SURROGATE;
    }

    private static boolean isWide(int cp) {
        int low = 0;
        int high = WIDE.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < WIDE[mid][0]) {
                high = mid - 1;
            } else if (cp > WIDE[mid][1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
