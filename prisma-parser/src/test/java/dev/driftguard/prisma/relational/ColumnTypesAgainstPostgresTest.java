package dev.driftguard.prisma.relational;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Table;
import dev.driftguard.prisma.PrismaSchemaParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is the oracle for type names: every column type our mapping gives for the test schemas is created in a
 * real server, which must print it back with {@code format_type} exactly as we wrote it.
 */
class ColumnTypesAgainstPostgresTest {

    /**
     * The built-in types Prisma's scalars and native types map to, without modifiers: enums and extension types
     * ({@code citext}, {@code vector}) need more than a bare server and are left out.
     */
    private static final Set<String> BUILT_IN = Set.of("text", "integer", "smallint", "bigint", "oid", "boolean",
            "double precision", "real", "numeric", "money", "jsonb", "json", "bytea", "uuid", "xml", "inet", "date",
            "character", "character varying", "bit", "bit varying", "timestamp without time zone",
            "timestamp with time zone", "time without time zone", "time with time zone");

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void everyColumnTypeWeDeriveIsTheOneFormatTypePrints() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Path schema : validSchemas()) {
            for (Table table : PrismaSchemaParser.parse(schema).catalog().tables()) {
                table.columns().stream().map(Column::type).filter(ColumnTypesAgainstPostgresTest::isBuiltIn)
                        .forEach(types::add);
            }
        }
        List<String> printed = new ArrayList<>();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            int i = 0;
            for (String type : types) {
                statement.execute("CREATE TABLE t" + i + " (c " + type + ")");
                try (ResultSet rs = statement.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 't" + i + "'::regclass AND attname = 'c'")) {
                    rs.next();
                    printed.add(rs.getString(1));
                }
                i++;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        assertThat(types).hasSizeGreaterThan(35);
        assertThat(printed).containsExactlyElementsOf(types);
    }

    private static boolean isBuiltIn(String type) {
        return BUILT_IN.contains(type.replace("[]", "").replaceAll("\\(\\d+(,\\d+)?\\)", ""));
    }

    private static List<Path> validSchemas() throws IOException, URISyntaxException {
        Path root = Path.of(ColumnTypesAgainstPostgresTest.class.getResource("/prisma/valid").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("schema.prisma")).sorted().toList();
        }
    }
}
