package dev.driftguard.prisma.relational;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresNamesTest {

    @Test
    void namesKeysAndIndexesAfterTableAndColumns() {
        assertThat(PostgresNames.primaryKey("User")).isEqualTo("User_pkey");
        assertThat(PostgresNames.uniqueIndex("User", List.of("email"))).isEqualTo("User_email_key");
        assertThat(PostgresNames.index("Post", List.of("authorId", "createdAt"))).isEqualTo("Post_authorId_createdAt_idx");
        assertThat(PostgresNames.foreignKey("Post", List.of("authorId"))).isEqualTo("Post_authorId_fkey");
    }

    @Test
    void cutsLongNamesToSixtyThreeBytesBeforeTheSuffix() {
        String table = "T".repeat(70);

        assertThat(PostgresNames.primaryKey(table)).isEqualTo("T".repeat(58) + "_pkey").hasSize(63);
        assertThat(PostgresNames.uniqueIndex(table, List.of("a"))).isEqualTo("T".repeat(59) + "_key");
        assertThat(PostgresNames.index(table, List.of("a"))).isEqualTo("T".repeat(59) + "_idx");
        assertThat(PostgresNames.foreignKey(table, List.of("a"))).isEqualTo("T".repeat(58) + "_fkey");
    }

    @Test
    void leavesANameOfExactlyTheLimitAsItIs() {
        assertThat(PostgresNames.primaryKey("T".repeat(58))).isEqualTo("T".repeat(58) + "_pkey");
        assertThat(PostgresNames.primaryKey("T".repeat(57))).isEqualTo("T".repeat(57) + "_pkey");
    }

    @Test
    void cutsAtACharacterBoundaryNeverInsideOne() {
        String name = PostgresNames.uniqueIndex("é".repeat(40), List.of("x"));

        assertThat(name).isEqualTo("é".repeat(29) + "_key");
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(62);
    }

    @Test
    void storesIdentifiersAsPostgresqlTruncatesThem() {
        assertThat(PostgresNames.stored("c".repeat(64))).isEqualTo("c".repeat(63));
        assertThat(PostgresNames.stored("short")).isEqualTo("short");
    }

    @Test
    void quotesIdentifiersAsQuoteIdentDoes() {
        assertThat(PostgresNames.quoteIdent("role")).isEqualTo("role");
        assertThat(PostgresNames.quoteIdent("Role")).isEqualTo("\"Role\"");
        assertThat(PostgresNames.quoteIdent("user")).isEqualTo("\"user\"");
        assertThat(PostgresNames.quoteIdent("type")).isEqualTo("type");
        assertThat(PostgresNames.quoteIdent("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(PostgresNames.quoteIdent("1abc")).isEqualTo("\"1abc\"");
    }

    @Test
    void namesTheSequenceOfASerialColumnAsPostgresqlDoes() {
        assertThat(PostgresNames.truncateSequence("User", "id")).isEqualTo("User_id_seq");
        String long60 = "t".repeat(60);
        assertThat(PostgresNames.truncateSequence(long60, "id")).isEqualTo("t".repeat(56) + "_id_seq").hasSize(63);
    }
}
