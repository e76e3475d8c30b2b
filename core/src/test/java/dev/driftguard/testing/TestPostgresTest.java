package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void givesEachCallerAFreshDatabaseOnARealServer() throws Exception {
        String url = TestPostgres.createDatabase("smoke");
        try (Connection c = TestPostgres.connect(url);
             ResultSet rs = c.createStatement().executeQuery("select current_database(), count(*) from pg_class "
                     + "where relnamespace = 'public'::regnamespace")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("smoke_");
            assertThat(rs.getInt(2)).isZero();
        }
    }
}
