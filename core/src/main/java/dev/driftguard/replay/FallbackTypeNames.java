package dev.driftguard.replay;

import java.util.Set;

/** Built-in type names common to PostgreSQL 12-18, as format_type prints them and as pg_type names them. */
public final class FallbackTypeNames {
    private static final Set<String> NAMES = Set.of(
            "bigint", "int8", "integer", "int", "int4", "smallint", "int2", "numeric", "decimal", "real", "float4",
            "double precision", "float8", "money", "text", "character varying", "varchar", "character", "char",
            "bpchar", "name", "boolean", "bool", "bytea", "date", "time without time zone",
            "time with time zone", "timetz", "timestamp without time zone", "timestamp",
            "timestamp with time zone", "timestamptz", "interval", "uuid", "json", "jsonb", "jsonpath", "xml",
            "inet", "cidr", "macaddr", "macaddr8", "bit", "bit varying", "varbit", "tsvector", "tsquery", "point",
            "line", "lseg", "box", "path", "polygon", "circle", "oid", "regclass", "regtype", "regproc", "int4range",
            "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange",
            "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange", "pg_lsn", "txid_snapshot",
            "pg_snapshot", "xid", "xid8", "cid", "tid", "regnamespace", "regrole", "regconfig", "regdictionary",
            "record", "void", "trigger", "event_trigger", "anyelement", "anyarray", "cstring");

    private FallbackTypeNames() {
    }

    public static boolean exists(int major, String name) {
        return NAMES.contains(name);
    }
}
