package dev.driftguard.prisma.relational;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PostgreSQL's name for an {@code ops:} argument. */
final class OperatorClasses {

    private static final List<String> SUFFIXES = List.of("MinMaxMulti", "MinMax", "Bloom", "Inclusion", "Path");

    /**
     * Operator classes that are their method's default for the column type, which introspection leaves out of a key:
     * GIN's for jsonb, arrays and tsvector, BRIN's minmax and inclusion classes, SP-GiST's for inet and text, and
     * B-tree's and hash's usual ones.
     */
    private static final Set<String> DEFAULTS = Set.of(
            "gin:jsonb_ops", "gin:array_ops", "gin:tsvector_ops",
            "spgist:inet_ops", "spgist:text_ops",
            "btree:text_ops", "btree:int2_ops", "btree:int4_ops", "btree:int8_ops",
            "btree:numeric_ops", "btree:uuid_ops", "btree:timestamp_ops", "btree:timestamptz_ops",
            "hash:text_ops", "hash:int4_ops", "hash:int8_ops", "hash:uuid_ops");

    private OperatorClasses() {
    }

    static boolean isDefault(String method, String operatorClass) {
        if (method.equals("brin")) {
            return operatorClass.endsWith("_minmax_ops") || operatorClass.endsWith("_inclusion_ops");
        }
        return DEFAULTS.contains(method + ":" + operatorClass);
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
