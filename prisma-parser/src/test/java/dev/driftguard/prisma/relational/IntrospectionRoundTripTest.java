package dev.driftguard.prisma.relational;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.prisma.PrismaSchemaParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL as the oracle for how we write the catalog: the objects each test schema maps to are created in a real
 * server and read back by core's {@link CatalogIntrospector}, which must find the same tables, column types
 * ({@code format_type}), nullability, keys, index keys, foreign keys, enums and sequences. (Defaults are left out:
 * ours are written as Prisma writes them, introspection gives {@code pg_get_expr}'s text.)
 */
class IntrospectionRoundTripTest {

    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    static List<String> validCases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void readsBackFromPostgresqlAsWeMappedIt(String name) throws Exception {
        Path dir = root().resolve(name);
        Path schemaPath = Files.exists(dir.resolve("schema.prisma")) ? dir.resolve("schema.prisma")
                : dir.resolve("schema");
        Catalog declared = PrismaSchemaParser.forPrismaMajor(6).read(schemaPath, dir).declared().catalog();
        // pgvector and PostGIS are no contrib extensions: their columns are left out, everything else is checked.
        Catalog created = withoutColumnsOfMissingExtensions(declared);

        String database = "roundtrip" + (++databases);
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        Catalog introspected;
        try (Connection connection = server.getDatabase("postgres", database).getConnection()) {
            create(connection, created);
            introspected = CatalogIntrospector.read(connection, ReadLimits.defaults()).catalog();
        }

        assertThat(describe(introspected)).isEqualTo(describe(created));
    }

    private static Catalog withoutColumnsOfMissingExtensions(Catalog catalog) {
        List<Table> tables = catalog.tables().stream()
                .map(t -> t.withColumns(t.columns().stream()
                        .filter(c -> !c.type().startsWith("vector") && !c.type().startsWith("geometry")).toList()))
                .toList();
        List<Extension> extensions = catalog.extensions().stream().filter(e -> !e.name().equals("vector")).toList();
        return new Catalog(catalog.serverVersion(), catalog.searchPath(), catalog.schemas(), tables,
                catalog.indexes(), catalog.constraints(), catalog.enums(), catalog.domains(), catalog.sequences(),
                extensions, catalog.availableExtensions(), catalog.functions());
    }

    /** The DDL for a catalog, in an order PostgreSQL accepts. */
    private static void create(Connection connection, Catalog catalog) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String schema : catalog.schemas()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresNames.quoteIdent(schema));
            }
            for (Extension extension : catalog.extensions()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresNames.quoteIdent(extension.schema()));
                statement.execute("CREATE EXTENSION IF NOT EXISTS \"" + extension.name() + "\" SCHEMA "
                        + PostgresNames.quoteIdent(extension.schema()));
            }
            // Prisma writes operator classes unqualified, so an extension's own schema must be on the search path.
            statement.execute("SET search_path TO " + Stream.concat(Stream.of("public"),
                    catalog.extensions().stream().map(Extension::schema)).distinct()
                    .map(PostgresNames::quoteIdent).collect(Collectors.joining(", ")));
            // A column of type citext needs the extension even where the schema forgot to declare it.
            if (catalog.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.type().equals("citext"))) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS citext SCHEMA public");
            }
            for (var enumType : catalog.enums()) {
                statement.execute("CREATE TYPE " + sql(enumType.name()) + " AS ENUM (" + enumType.values().stream()
                        .map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")");
            }
            for (Sequence sequence : catalog.sequences()) {
                statement.execute("CREATE SEQUENCE " + sql(sequence.name()) + " AS " + sequence.dataType());
            }
            for (Table table : catalog.tables()) {
                statement.execute("CREATE TABLE " + sql(table.name()) + " (" + table.columns().stream()
                        .map(c -> "\"" + c.name() + "\" " + c.type() + (c.nullable() ? "" : " NOT NULL")
                                + c.defaultExpr().filter(d -> d.startsWith("nextval(")).map(d -> " DEFAULT " + d)
                                .orElse(""))
                        .collect(Collectors.joining(", ")) + ")");
            }
            for (Sequence sequence : catalog.sequences()) {
                String[] owner = sequence.ownedBy().orElseThrow().split("\\.", 3);
                statement.execute("ALTER SEQUENCE " + sql(sequence.name()) + " OWNED BY "
                        + sql(QualifiedName.of(owner[0], owner[1])) + ".\"" + owner[2] + "\"");
            }
            for (Constraint pk : catalog.constraints()) {
                if (pk.kind() == ConstraintKind.PRIMARY_KEY) {
                    statement.execute("ALTER TABLE " + sql(pk.table()) + " ADD CONSTRAINT \"" + pk.name()
                            + "\" PRIMARY KEY (" + columns(pk.columns()) + ")");
                }
            }
            for (Index index : catalog.indexes()) {
                if (!index.primary()) {
                    statement.execute("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX \"" + index.name().name()
                            + "\" ON " + sql(index.table()) + " USING " + index.method() + " ("
                            + String.join(", ", index.keys()) + ")");
                }
            }
            for (Constraint fk : catalog.constraints()) {
                if (fk.kind() == ConstraintKind.FOREIGN_KEY) {
                    statement.execute("ALTER TABLE " + sql(fk.table()) + " ADD CONSTRAINT \"" + fk.name()
                            + "\" FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES "
                            + sql(fk.referencedTable().orElseThrow()) + " (" + columns(fk.referencedColumns())
                            + ") ON DELETE " + fk.onDelete().orElseThrow() + " ON UPDATE " + fk.onUpdate().orElseThrow());
                }
            }
        }
    }

    private static String sql(QualifiedName name) {
        return PostgresNames.quoteIdent(name.schema()) + ".\"" + name.name().replace("\"", "\"\"") + "\"";
    }

    private static String columns(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** What both catalogs must agree on, one line each, in a stable order. */
    private static List<String> describe(Catalog catalog) {
        List<String> lines = new ArrayList<>();
        catalog.tables().forEach(t -> {
            lines.add("table " + t.name());
            t.columns().forEach(c -> lines.add("  column " + t.name() + "." + c.name() + " " + c.type()
                    + (c.nullable() ? "" : " NOT NULL")));
        });
        catalog.indexes().forEach(i -> lines.add("index " + i.name() + " on " + i.table() + " unique=" + i.unique()
                + " primary=" + i.primary() + " " + i.method() + " " + i.keys()));
        catalog.constraints().stream().filter(c -> c.kind() != ConstraintKind.NOT_NULL)
                .forEach(c -> lines.add("constraint " + c.name() + " on " + c.table() + " " + c.kind() + " "
                        + c.columns() + c.referencedTable().map(r -> " -> " + r + " " + c.referencedColumns()
                        + " ON DELETE " + c.onDelete().orElse("-") + " ON UPDATE " + c.onUpdate().orElse("-"))
                        .orElse("")));
        catalog.enums().forEach(e -> lines.add("enum " + e.name() + " " + e.values()));
        catalog.sequences().forEach(s -> lines.add("sequence " + s.name() + " " + s.dataType() + " owned by "
                + s.ownedBy().orElse("-")));
        return lines.stream().sorted().toList();
    }

    private static Path root() throws URISyntaxException {
        return Path.of(IntrospectionRoundTripTest.class.getResource("/prisma/valid").toURI());
    }
}
