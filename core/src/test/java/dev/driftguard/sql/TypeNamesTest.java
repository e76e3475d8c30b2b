package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type names come out as {@code format_type} names them. */
class TypeNamesTest {

    private static TypeName typeOf(String written) {
        String sql = "ALTER TABLE t ADD COLUMN c " + written;
        Command.AlterTable alter = single(sql, Command.AlterTable.class);
        return ((Command.AlterAction.AddColumn) alter.actions().get(0)).column().type();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int|integer", "INT4|integer", "integer|integer", "smallint|smallint", "int2|smallint",
            "int8|bigint", "BIGINT|bigint", "serial|serial", "BIGSERIAL|bigserial", "serial8|bigserial",
            "smallserial|smallserial", "varchar|character varying", "VARCHAR(191)|character varying(191)",
            "character varying(20)|character varying(20)", "char(2)|character(2)", "text|text",
            "timestamp|timestamp without time zone", "TIMESTAMP(3)|timestamp(3) without time zone",
            "timestamptz|timestamp with time zone", "timestamptz(6)|timestamp(6) with time zone",
            "timestamp(3) with time zone|timestamp(3) with time zone", "time|time without time zone",
            "timetz|time with time zone", "bool|boolean", "BOOLEAN|boolean", "float8|double precision",
            "double precision|double precision", "float|double precision", "float(10)|real", "float4|real",
            "real|real", "decimal|numeric", "DECIMAL(65,30)|numeric(65,30)", "numeric(10, 2)|numeric(10,2)",
            "jsonb|jsonb", "uuid|uuid", "TEXT[]|text[]", "int[][]|integer[]", "char|character(1)", "numeric(5)|numeric(5,0)", "bit|bit(1)", "integer ARRAY|integer[]",
            "varbit|bit varying", "interval|interval", "\"Role\"|\"Role\"", "\"Role\"[]|\"Role\"[]",
            "vector(1536)|vector(1536)", "citext|citext"})
    void canonicalNames(String written, String formatted) {
        assertThat(typeOf(written).formatted()).isEqualTo(formatted);
    }

    @Test
    void qualifiedTypesKeepTheirSchemaAndExactText() {
        TypeName type = typeOf("public.\"Status\"[] NOT NULL");
        int start = "ALTER TABLE t ADD COLUMN c ".length();
        assertThat(type).isEqualTo(new TypeName(Optional.of("public"), "Status", List.of(), 1, "public.\"Status\"[]",
                new Span(start, start + 17)));
    }
}
