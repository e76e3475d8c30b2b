package dev.driftguard.prisma.relational;

import java.util.List;
import java.util.Locale;

/** PostgreSQL's name for an {@code ops:} argument. */
final class OperatorClasses {

    private static final List<String> SUFFIXES = List.of("MinMaxMulti", "MinMax", "Bloom", "Inclusion", "Path");

    private OperatorClasses() {
    }

    /**
     * Prisma's names in snake case ({@code JsonbPathOps} is {@code jsonb_path_ops}, {@code Int4MinMaxOps} is
     * {@code int4_minmax_ops}, {@code TimestampTzBloomOps} is {@code timestamptz_bloom_ops}); the text of
     * {@code raw("...")} as it is.
     */
    static String postgresName(String written) {
        if (!written.matches("[A-Z][A-Za-z0-9]*Ops")) {
            return written;
        }
        String base = written.substring(0, written.length() - "Ops".length());
        String suffix = "";
        for (String part : SUFFIXES) {
            if (base.endsWith(part)) {
                base = base.substring(0, base.length() - part.length());
                suffix = "_" + (part.equals("MinMaxMulti") ? "minmax_multi" : part.toLowerCase(Locale.ROOT));
                break;
            }
        }
        return base.toLowerCase(Locale.ROOT) + suffix + "_ops";
    }
}
