package dev.driftguard.catalog;

/**
 * The catalog queries introspection runs: one set-based query per object kind, whatever the number of tables, so a
 * database with 10,000 tables costs a dozen round trips. Every query is schema-qualified so a hostile
 * {@code search_path} cannot redirect it, and none takes user input.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Schemas PostgreSQL keeps for itself: the catalog, information_schema, TOAST and temporary schemas. */
    private static final String USER_SCHEMA = "n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'";

    private static final String RELATION_KINDS = "c.relkind IN ('r', 'p', 'f', 'v', 'm')";

    static final String SERVER = """
            SELECT pg_catalog.current_setting('server_version_num')::int,
                   pg_catalog.current_setting('server_version'),
                   pg_catalog.current_schemas(false)::text[],
                   pg_catalog.now()
            """;

    static final String SCHEMAS = """
            SELECT n.nspname FROM pg_catalog.pg_namespace n
            WHERE %s
            ORDER BY n.nspname
            """.formatted(USER_SCHEMA);

    /**
     * Sizes are estimated from {@code relpages} (as of the last VACUUM, ANALYZE or index build) of the table, its
     * TOAST table and its indexes. {@code pg_total_relation_size} would be exact but opens and locks every table and
     * index and stats their files: on 10,000 tables that alone costs seconds, and waits behind any DDL in progress.
     * A partitioned table's key comes with its plain columns in order and whether it has expressions
     * ({@code partattrs} holds 0 for those); a partition comes with its parent.
     */
    static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, c.relkind,
                   CASE WHEN c.relkind IN ('r', 'm', 'p') THEN c.reltuples::bigint END,
                   CASE WHEN c.relkind IN ('r', 'm') THEN
                       (c.relpages::bigint + COALESCE(toast.relpages, 0) + COALESCE(ix.pages, 0))
                       * pg_catalog.current_setting('block_size')::bigint
                   END,
                   pk.cols, pk.exprs, pn.nspname, pc.relname
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class toast ON toast.oid = c.reltoastrelid
            LEFT JOIN LATERAL (SELECT array_agg(a.attname::text ORDER BY k.ord) FILTER (WHERE k.attnum <> 0) AS cols,
                                      bool_or(k.attnum = 0) AS exprs
                               FROM pg_catalog.pg_partitioned_table pt
                               CROSS JOIN LATERAL unnest(pt.partattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                               LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.attnum
                               WHERE pt.partrelid = c.oid) pk ON c.relkind = 'p'
            LEFT JOIN pg_catalog.pg_inherits inh ON c.relispartition AND inh.inhrelid = c.oid
            LEFT JOIN pg_catalog.pg_class pc ON pc.oid = inh.inhparent
            LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN (SELECT i.indrelid, sum(ic.relpages)::bigint AS pages
                       FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                       GROUP BY i.indrelid) ix ON ix.indrelid = c.oid
            WHERE %s AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(RELATION_KINDS, USER_SCHEMA);

    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attgenerated::text, a.attidentity::text
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND %s AND %s
            ORDER BY a.attrelid, a.attnum
            """.formatted(RELATION_KINDS, USER_SCHEMA);

    /**
     * Key columns in order: a plain column by its quoted name, an expression by
     * {@code pg_get_indexdef(index, column, true)} (deparsing is what makes index reads slow, so only expressions
     * pay for it), each followed by a non-default operator class and a non-default ordering the way
     * {@code pg_get_indexdef} writes them in a whole definition.
     */
    static final String INDEXES = """
            WITH am AS (SELECT a.oid, a.amname, pg_catalog.pg_indexam_has_property(a.oid, 'can_order') AS can_order
                        FROM pg_catalog.pg_am a WHERE a.amtype = 'i')
            SELECT n.nspname, ic.relname, t.relname, i.indisunique, i.indisprimary, am.amname,
                   ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0
                                     THEN pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                                     ELSE pg_catalog.quote_ident(att.attname) END
                                || CASE WHEN opc.opcdefault THEN '' ELSE ' ' || opc.opcname END
                                || CASE WHEN NOT am.can_order THEN ''
                                        WHEN i.indoption[k - 1] & 1 = 1 AND i.indoption[k - 1] & 2 = 2 THEN ' DESC'
                                        WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC NULLS LAST'
                                        WHEN i.indoption[k - 1] & 2 = 2 THEN ' NULLS FIRST'
                                        ELSE '' END
                         FROM pg_catalog.generate_series(1, i.indnkeyatts) AS k
                         JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k - 1]
                         LEFT JOIN pg_catalog.pg_attribute att
                                ON att.attrelid = i.indrelid AND att.attnum = i.indkey[k - 1]
                         ORDER BY k)::text[],
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid, true), i.indisvalid
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            JOIN am ON am.oid = ic.relam
            WHERE %s
            ORDER BY n.nspname, ic.relname
            """.formatted(USER_SCHEMA);

    static final String CONSTRAINTS = """
            SELECT con.conname, n.nspname, t.relname, con.contype::text,
                   ARRAY(SELECT a.attname FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord)::text[],
                   rn.nspname, rt.relname,
                   ARRAY(SELECT a.attname FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord)::text[],
                   con.confdeltype::text, con.confupdtype::text,
                   pg_catalog.pg_get_constraintdef(con.oid, true), con.convalidated
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_class rt ON rt.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c', 'x', 'n') AND %s
            ORDER BY n.nspname, t.relname, con.conname
            """.formatted(USER_SCHEMA);

    static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder)::text[]
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND %s
            ORDER BY n.nspname, t.typname
            """.formatted(USER_SCHEMA);

    static final String DOMAINS = """
            SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'd' AND %s
            ORDER BY n.nspname, t.typname
            """.formatted(USER_SCHEMA);

    /** The owning column comes from the automatic ({@code serial}) or internal (identity) dependency. */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL),
                   own.nspname, ot.relname, oa.attname
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.objid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class ot ON ot.oid = d.refobjid
            LEFT JOIN pg_catalog.pg_namespace own ON own.oid = ot.relnamespace
            LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
            WHERE %s
            ORDER BY n.nspname, c.relname
            """.formatted(USER_SCHEMA);

    static final String EXTENSIONS = """
            SELECT e.extname, e.extversion, n.nspname
            FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            ORDER BY e.extname
            """;

    static final String AVAILABLE_EXTENSIONS = """
            SELECT name, default_version FROM pg_catalog.pg_available_extensions ORDER BY name
            """;

    /** User functions: not in a system schema and not created by an extension (those belong to the extension). */
    static final String FUNCTIONS = """
            SELECT n.nspname, p.proname,
                   ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
                         FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY AS a(type, ord)
                         ORDER BY a.ord)::text[],
                   CASE WHEN p.proretset THEN 'SETOF ' ELSE '' END || pg_catalog.format_type(p.prorettype, NULL),
                   p.provolatile::text, l.lanname
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            WHERE %s
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                                AND d.deptype = 'e')
            ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) COLLATE "C"
            """.formatted(USER_SCHEMA);

    /**
     * What each user view reads: the {@code pg_depend} entries of its rewrite rule on other relations, one row per
     * column read (attribute name) or per relation read as a whole (NULL).
     */
    static final String VIEW_DEPENDENCIES = """
            SELECT DISTINCT vn.nspname, v.relname, tn.nspname, t.relname, a.attname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid
            JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
            JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
            JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                                               AND d.refobjsubid > 0
            WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
              AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
              AND d.deptype = 'n' AND v.oid <> t.oid AND v.relkind IN ('v', 'm')
              AND vn.nspname <> 'information_schema' AND vn.nspname !~ '^pg_'
            ORDER BY 1, 2, 3, 4, 5
            """;

    /**
     * What each row-level security policy reads: {@code pg_depend} rows of {@code pg_policy} objects on relations or
     * their columns ({@code recordDependencyOnExpr} in {@code policy.c} makes them normal dependencies; the policy's
     * own table is an automatic one, left out).
     */
    static final String POLICY_DEPENDENCIES = """
            SELECT DISTINCT pn.nspname, pt.relname, p.polname, tn.nspname, t.relname, a.attname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_policy p ON p.oid = d.objid
            JOIN pg_catalog.pg_class pt ON pt.oid = p.polrelid
            JOIN pg_catalog.pg_namespace pn ON pn.oid = pt.relnamespace
            JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                                               AND d.refobjsubid > 0
            WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass
              AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
              AND d.deptype = 'n'
              AND pn.nspname <> 'information_schema' AND pn.nspname !~ '^pg_'
            ORDER BY 1, 2, 3, 4, 5, 6
            """;
}
