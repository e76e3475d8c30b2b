package dev.driftguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogIntrospectorTest {

    private static String database;
    private static CatalogSnapshot snapshot;
    private static Catalog catalog;

    @BeforeAll
    static void introspectARichDatabase() throws IOException {
        database = TargetDatabases.freshDatabase("introspect");
        TargetDatabases.execute(database, richDatabaseSql());
        // A failed CREATE INDEX CONCURRENTLY leaves an invalid index behind; it cannot run in a transaction.
        try {
            TargetDatabases.execute(database, "CREATE UNIQUE INDEX CONCURRENTLY duplicates_v_idx ON duplicates (v)");
        } catch (IllegalStateException expected) {
            // could not create unique index: the duplicate rows make it fail, as intended
        }
        snapshot = CatalogIntrospector.read(TargetDatabases.superuserSettings(database));
        catalog = snapshot.catalog();
    }

    static String richDatabaseSql() throws IOException {
        try (InputStream in = CatalogIntrospectorTest.class.getResourceAsStream("/catalog/rich-database.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CatalogSnapshot richSnapshot() {
        return snapshot;
    }

    @Test
    void readsServerVersionSearchPathAndUserSchemasOnly() {
        assertThat(catalog.serverVersion()).hasValueSatisfying(v -> {
            assertThat(v.major()).isBetween(12, 18);
            assertThat(v.text()).startsWith(v.major() + ".");
        });
        assertThat(catalog.searchPath()).containsExactly("public");
        assertThat(catalog.schemas()).containsExactly("billing", "public");
        assertThat(snapshot.takenAt()).isPresent();
        assertThat(snapshot.formatVersion()).isEqualTo(CatalogSnapshot.FORMAT_VERSION);
    }

    @Test
    void readsEveryRelationKind() {
        assertThat(catalog.tables()).extracting(t -> t.name().display() + ":" + t.kind()).containsExactly(
                "billing.invoices:TABLE",
                "duplicates:TABLE",
                "events:PARTITIONED_TABLE",
                "events_2026:TABLE",
                "remote_things:FOREIGN_TABLE",
                "user_count:MATERIALIZED_VIEW",
                "user_emails:VIEW",
                "users:TABLE");
    }

    @Test
    void readsPartitionKeysAndTheParentOfEachPartition() {
        Table events = catalog.table(QualifiedName.publicName("events")).orElseThrow();
        Table partition = catalog.table(QualifiedName.publicName("events_2026")).orElseThrow();
        assertThat(events.partitionKey()).contains(new PartitionKey(List.of("at"), false));
        assertThat(events.partitionOf()).isEmpty();
        assertThat(partition.partitionKey()).isEmpty();
        assertThat(partition.partitionOf()).contains(QualifiedName.publicName("events"));
        assertThat(catalog.table(QualifiedName.publicName("users")).orElseThrow().partitionKey()).isEmpty();
    }

    @Test
    void readsColumnsWithFullTypesDefaultsNullabilityGenerationAndIdentity() {
        Table users = catalog.table(QualifiedName.publicName("users")).orElseThrow();
        assertThat(users.columns()).containsExactly(
                new Column("id", "integer", false, Optional.of("nextval('users_id_seq'::regclass)"),
                        Optional.empty(), Optional.empty()),
                Column.of("email", "character varying(255)", false),
                Column.of("name", "text", true),
                new Column("mood", "mood", true, Optional.of("'ok'::mood"), Optional.empty(), Optional.empty()),
                new Column("tags", "text[]", false, Optional.of("'{}'::text[]"), Optional.empty(), Optional.empty()),
                Column.of("profile", "jsonb", true),
                new Column("created_at", "timestamp(3) without time zone", false, Optional.of("CURRENT_TIMESTAMP"),
                        Optional.empty(), Optional.empty()),
                new Column("email_lower", "text", true, Optional.empty(), Optional.of("lower((email)::text)"),
                        Optional.empty()));
        Table invoices = catalog.table(QualifiedName.of("billing", "invoices")).orElseThrow();
        assertThat(invoices.column("id")).contains(
                new Column("id", "bigint", false, Optional.empty(), Optional.empty(), Optional.of("a")));
        assertThat(invoices.column("amount")).contains(Column.of("amount", "billing.positive_amount", true));
    }

    @Test
    void readsApproximateRowCountsAndSizesForTablesWithStorage() {
        Table users = catalog.table(QualifiedName.publicName("users")).orElseThrow();
        assertThat(users.estimatedRows()).contains(2L);
        assertThat(users.sizeBytes()).hasValueSatisfying(bytes -> assertThat(bytes).isPositive());
        Table view = catalog.table(QualifiedName.publicName("user_emails")).orElseThrow();
        assertThat(view.estimatedRows()).isEmpty();
        assertThat(view.sizeBytes()).isEmpty();
    }

    @Test
    void readsIndexesWithMethodKeysPredicateAndValidity() {
        assertThat(catalog.indexesOf(QualifiedName.publicName("users"))).containsExactly(
                new Index(QualifiedName.publicName("users_active_idx"), QualifiedName.publicName("users"), false,
                        false, "btree", List.of("email text_pattern_ops"), Optional.of("name IS NOT NULL"), true),
                new Index(QualifiedName.publicName("users_created_desc_idx"), QualifiedName.publicName("users"),
                        false, false, "btree", List.of("created_at DESC NULLS LAST", "id"), Optional.empty(), true),
                new Index(QualifiedName.publicName("users_email_key"), QualifiedName.publicName("users"), true,
                        false, "btree", List.of("email"), Optional.empty(), true),
                new Index(QualifiedName.publicName("users_lower_email_idx"), QualifiedName.publicName("users"),
                        false, false, "btree", List.of("lower(email::text)"), Optional.empty(), true),
                new Index(QualifiedName.publicName("users_pkey"), QualifiedName.publicName("users"), true, true,
                        "btree", List.of("id"), Optional.empty(), true),
                new Index(QualifiedName.publicName("users_profile_idx"), QualifiedName.publicName("users"), false,
                        false, "gin", List.of("profile jsonb_path_ops"), Optional.empty(), true));
        assertThat(catalog.indexesOf(QualifiedName.publicName("duplicates")))
                .extracting(i -> i.name().name() + ":" + i.valid()).containsExactly("duplicates_v_idx:false");
        assertThat(catalog.indexesOf(QualifiedName.of("billing", "invoices")))
                .extracting(i -> i.name().name() + ":" + i.method() + ":" + i.keys())
                .containsExactly("invoices_no_overlap:gist:[during]", "invoices_pkey:btree:[id]");
    }

    @Test
    void readsConstraintsWithForeignKeyActionsAndValidation() {
        QualifiedName invoices = QualifiedName.of("billing", "invoices");
        // PostgreSQL 18 also lists NOT NULL as constraints; the columns' nullability already says the same.
        assertThat(withoutNotNull(catalog.constraintsOf(invoices))).containsExactly(
                new Constraint("invoices_amount_small", invoices, ConstraintKind.CHECK, List.of("amount"),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                        Optional.of("CHECK (amount::numeric < 1000000::numeric) NOT VALID"), false),
                new Constraint("invoices_no_overlap", invoices, ConstraintKind.EXCLUSION, List.of("during"),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                        Optional.of("EXCLUDE USING gist (during WITH &&)"), true),
                new Constraint("invoices_pkey", invoices, ConstraintKind.PRIMARY_KEY, List.of("id"),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                        Optional.of("PRIMARY KEY (id)"), true),
                new Constraint("invoices_user_fkey", invoices, ConstraintKind.FOREIGN_KEY, List.of("user_id"),
                        Optional.of(QualifiedName.publicName("users")), List.of("id"), Optional.of("CASCADE"),
                        Optional.of("SET NULL"),
                        Optional.of("FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE SET NULL ON DELETE CASCADE"),
                        true));
        assertThat(withoutNotNull(catalog.constraintsOf(QualifiedName.publicName("users"))))
                .extracting(c -> c.name() + ":" + c.kind() + ":" + c.columns())
                .containsExactly("users_email_key:UNIQUE:[email]", "users_name_check:CHECK:[name]",
                        "users_pkey:PRIMARY_KEY:[id]");
    }

    private static List<Constraint> withoutNotNull(List<Constraint> constraints) {
        return constraints.stream().filter(c -> c.kind() != ConstraintKind.NOT_NULL).toList();
    }

    @Test
    void readsEnumValuesInSortOrderAndDomains() {
        assertThat(catalog.enums()).containsExactly(
                new EnumType(QualifiedName.publicName("mood"), List.of("sad", "meh", "ok", "happy")));
        assertThat(catalog.domains()).containsExactly(
                new Domain(QualifiedName.of("billing", "positive_amount"), "numeric(12,2)", true));
    }

    @Test
    void readsSequencesWithTheColumnThatOwnsThem() {
        assertThat(catalog.sequences()).containsExactly(
                new Sequence(QualifiedName.of("billing", "invoice_number"), "integer", Optional.empty()),
                new Sequence(QualifiedName.of("billing", "invoices_id_seq"), "bigint",
                        Optional.of("billing.invoices.id")),
                new Sequence(QualifiedName.publicName("users_id_seq"), "integer", Optional.of("public.users.id")));
    }

    @Test
    void readsInstalledAndAvailableExtensions() {
        assertThat(catalog.extensions()).extracting(e -> e.name() + ":" + e.schema())
                .containsExactly("pgcrypto:public", "plpgsql:pg_catalog");
        assertThat(catalog.extension("pgcrypto")).hasValueSatisfying(e -> assertThat(e.version()).isPresent());
        assertThat(catalog.availableExtensions()).hasValueSatisfying(available -> assertThat(available)
                .extracting(AvailableExtension::name).contains("pgcrypto", "plpgsql", "btree_gist"));
    }

    @Test
    void readsUserFunctionsButNotExtensionOrSystemOnes() {
        assertThat(catalog.functions()).containsExactly(
                new Function(QualifiedName.of("billing", "archive"), List.of("integer"), "void",
                        Volatility.VOLATILE, "sql"),
                new Function(QualifiedName.of("billing", "touch"), List.of(), "trigger", Volatility.VOLATILE,
                        "plpgsql"),
                new Function(QualifiedName.publicName("add_one"), List.of("bigint", "text"), "bigint",
                        Volatility.STABLE, "sql"),
                new Function(QualifiedName.publicName("add_one"), List.of("integer"), "integer",
                        Volatility.IMMUTABLE, "sql"));
    }

    @Test
    void readsTheSameThroughADataSource() {
        CatalogSnapshot viaDataSource = CatalogIntrospector.read(TargetDatabases.superuser(database),
                ReadLimits.defaults());

        assertThat(viaDataSource.catalog()).isEqualTo(catalog);
    }

    @Test
    void hasNoHistoryWhenThereIsNoPrismaMigrationsTable() {
        assertThat(snapshot.history()).isEmpty();
    }
}
