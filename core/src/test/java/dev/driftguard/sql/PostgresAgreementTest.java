package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL is the oracle: our type names and identifier folding must be what its catalog says. */
class PostgresAgreementTest {
    private static String database;

    @BeforeAll
    static void createDatabase() {
        database = TestPostgres.createDatabase("sql_agreement");
    }

    private static final List<String> TYPES = List.of("int", "INT4", "integer", "smallint", "int2", "int8", "BIGINT",
            "varchar", "VARCHAR(191)", "character varying(20)", "char(2)", "character", "text",
            "timestamp", "TIMESTAMP(3)", "timestamptz", "timestamptz(6)", "timestamp(3) with time zone",
            "timestamp without time zone", "time", "time(6)", "timetz", "time with time zone", "bool", "BOOLEAN",
            "float8", "double precision", "float", "float(10)", "float(30)", "float4", "real", "decimal",
            "DECIMAL(65,30)", "numeric(10, 2)", "numeric(5)", "jsonb", "json", "uuid", "bytea", "inet", "date",
            "interval", "TEXT[]", "int[][]", "integer ARRAY", "varbit", "bit varying(5)", "bit(3)", "money",
            "pg_catalog.int4", "tsvector", "xml", "oid", "regclass", "cidr", "macaddr", "point");

    @Test
    void typeNamesMatchFormatType() throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE types (");
        for (int i = 0; i < TYPES.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(TYPES.get(i));
        }
        String sql = ddl.append(')').toString();
        Command.CreateTable table = single(sql, Command.CreateTable.class);
        Map<String, String> ours = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.size(); i++) {
            ours.put(TYPES.get(i), table.columns().get(i).type().formatted());
        }
        Map<String, String> postgres = new LinkedHashMap<>();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            try (ResultSet rows = statement.executeQuery("SELECT attnum, format_type(atttypid, atttypmod) "
                    + "FROM pg_attribute WHERE attrelid = 'types'::regclass AND attnum > 0 ORDER BY attnum")) {
                while (rows.next()) {
                    postgres.put(TYPES.get(rows.getInt(1) - 1), rows.getString(2));
                }
            }
        }
        assertThat(ours).isEqualTo(postgres);
    }

    @Test
    void identifierFoldingMatchesTheCatalog() throws SQLException {
        List<String> written = List.of("MixedCase", "\"MixedCase\"", "\"with \"\"quote\"\"\"", "Ünïcode",
                "a".repeat(70), "\"" + "B".repeat(70) + "\"", "\"" + "é".repeat(40) + "\"", "\"sp ace\"");
        List<String> ours = new ArrayList<>();
        List<String> postgres = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            for (int i = 0; i < written.size(); i++) {
                String sql = "CREATE TABLE " + written.get(i) + " (id int)";
                ours.add(single(sql, Command.CreateTable.class).name().name());
                statement.execute(sql);
                try (ResultSet rows = statement.executeQuery("SELECT relname FROM pg_class WHERE relkind = 'r' "
                        + "AND relnamespace = 'public'::regnamespace ORDER BY oid DESC LIMIT 1")) {
                    rows.next();
                    postgres.add(rows.getString(1));
                }
            }
        }
        assertThat(ours).isEqualTo(postgres);
    }
}
