package dev.driftguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {

    private static final ConnectionEnvironment NO_ENVIRONMENT =
            new ConnectionEnvironment(Map.of(), Optional.empty(), "osuser");

    @TempDir
    Path home;

    @Test
    void parsesEveryPartOfAPostgresqlUrl() {
        ConnectionSettings s = ConnectionSettings.parse(
                "postgresql://app:secret@db.internal:6543/shop?sslmode=require&schema=billing", NO_ENVIRONMENT);

        assertThat(s.host()).isEqualTo("db.internal");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.database()).isEqualTo("shop");
        assertThat(s.user()).isEqualTo("app");
        assertThat(s.password()).contains("secret");
        assertThat(s.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("sslmode", "require", "schema", "billing"));
        assertThat(s.schema()).contains("billing");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/shop");
        assertThat(s.driverProperties()).containsEntry("sslmode", "require").containsEntry("currentSchema", "billing")
                .containsEntry("user", "app").containsEntry("password", "secret");
    }

    @Test
    void acceptsPostgresAndJdbcSchemes() {
        assertThat(ConnectionSettings.parse("postgres://u:p@h/d", NO_ENVIRONMENT).target()).isEqualTo("h:5432/d");
        ConnectionSettings jdbc = ConnectionSettings.parse("jdbc:postgresql://h:5433/d?user=u&password=p",
                NO_ENVIRONMENT);
        assertThat(jdbc.target()).isEqualTo("h:5433/d");
        assertThat(jdbc.user()).isEqualTo("u");
        assertThat(jdbc.password()).contains("p");
        assertThat(jdbc.parameters()).isEmpty();
    }

    @Test
    void splitsCredentialsAtTheLastAtSignBeforeTheHost() {
        ConnectionSettings s = ConnectionSettings.parse("postgresql://postgres:Halinh!@34@172.17.0.1:5432/db",
                NO_ENVIRONMENT);

        assertThat(s.user()).isEqualTo("postgres");
        assertThat(s.password()).contains("Halinh!@34");
        assertThat(s.host()).isEqualTo("172.17.0.1");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.database()).isEqualTo("db");
    }

    @Test
    void keepsHashAndExclamationMarkInAnUnencodedPassword() {
        ConnectionSettings s = ConnectionSettings.parse("postgresql://u:a#b!c@h/d", NO_ENVIRONMENT);

        assertThat(s.password()).contains("a#b!c");
        assertThat(s.database()).isEqualTo("d");
    }

    @Test
    void percentDecodesUserPasswordDatabaseAndParameters() {
        ConnectionSettings s = ConnectionSettings.parse(
                "postgresql://us%40er:p%40ss%3Aw%2Fd+x@h/my%20db?application_name=drift%20guard", NO_ENVIRONMENT);

        assertThat(s.user()).isEqualTo("us@er");
        assertThat(s.password()).contains("p@ss:w/d+x");
        assertThat(s.database()).isEqualTo("my db");
        assertThat(s.driverProperties()).containsEntry("ApplicationName", "drift guard");
    }

    @Test
    void parsesBracketedIpv6Hosts() {
        ConnectionSettings s = ConnectionSettings.parse("postgresql://u@[::1]:5433/d", NO_ENVIRONMENT);

        assertThat(s.host()).isEqualTo("::1");
        assertThat(s.port()).isEqualTo(5433);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/d");
    }

    @Test
    void defaultsUserToPgUserThenTheOsUserAndDatabaseToTheUser() {
        assertThat(ConnectionSettings.parse("postgresql://h", NO_ENVIRONMENT).user()).isEqualTo("osuser");
        assertThat(ConnectionSettings.parse("postgresql://h", NO_ENVIRONMENT).database()).isEqualTo("osuser");
        ConnectionEnvironment env = new ConnectionEnvironment(Map.of("PGUSER", "envuser"), Optional.empty(), "os");
        assertThat(ConnectionSettings.parse("postgresql://h/d", env).user()).isEqualTo("envuser");
    }

    @Test
    void takesAMissingPasswordFromPgpassword() {
        ConnectionEnvironment env = new ConnectionEnvironment(Map.of("PGPASSWORD", "fromenv"), Optional.empty(), "o");

        assertThat(ConnectionSettings.parse("postgresql://u@h/d", env).password()).contains("fromenv");
        assertThat(ConnectionSettings.parse("postgresql://u:inurl@h/d", env).password()).contains("inurl");
    }

    @Test
    void takesAMissingPasswordFromTheFirstMatchingPgpassLine() throws IOException {
        writePgpass("""
                # comment
                other:5432:d:u:wronghost
                h:6000:d:u:wrongport
                h:*:d:u:first\\:match
                *:*:*:*:fallback
                """, "rw-------");
        ConnectionEnvironment env = new ConnectionEnvironment(Map.of(), Optional.of(home), "o");

        assertThat(ConnectionSettings.parse("postgresql://u@h:5432/d", env).password()).contains("first:match");
        assertThat(ConnectionSettings.parse("postgresql://x@y/z", env).password()).contains("fallback");
    }

    @Test
    void readsThePasswordFileNamedByPgpassfile() throws IOException {
        Path file = home.resolve("elsewhere");
        Files.writeString(file, "*:*:*:*:fromfile\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ConnectionEnvironment env = new ConnectionEnvironment(Map.of("PGPASSFILE", file.toString()),
                Optional.empty(), "o");

        assertThat(ConnectionSettings.parse("postgresql://u@h/d", env).password()).contains("fromfile");
    }

    @Test
    void ignoresAPgpassFileOthersCanRead() throws IOException {
        writePgpass("*:*:*:*:leaked\n", "rw-r--r--");
        ConnectionEnvironment env = new ConnectionEnvironment(Map.of(), Optional.of(home), "o");

        assertThat(ConnectionSettings.parse("postgresql://u@h/d", env).password()).isEmpty();
    }

    @Test
    void redactsThePasswordFromUrlToStringAndMessages() {
        ConnectionSettings s = ConnectionSettings.parse(
                "postgresql://app:Halinh!@34@db:5432/shop?sslmode=require", NO_ENVIRONMENT);

        assertThat(s.redactedUrl()).isEqualTo("postgresql://app:***@db:5432/shop?sslmode=require");
        assertThat(s.toString()).isEqualTo(s.redactedUrl());
        assertThat(s.redact("failed with Halinh!@34 and Halinh%21%4034")).isEqualTo("failed with *** and ***");
    }

    @Test
    void rejectsAnUnknownSchemeWithoutRepeatingTheUrl() {
        assertThatThrownBy(() -> ConnectionSettings.parse("mysql://u:hunter2@h/d", NO_ENVIRONMENT))
                .isInstanceOf(TargetDatabaseException.class)
                .hasMessage("invalid database URL: a database URL starts with postgresql://, postgres:// or "
                        + "jdbc:postgresql://")
                .extracting(e -> ((TargetDatabaseException) e).reason())
                .isEqualTo(TargetDatabaseException.Reason.INVALID_SETTINGS);
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> ConnectionSettings.parse("postgresql://u:pw@h:99999/d", NO_ENVIRONMENT))
                .isInstanceOf(TargetDatabaseException.class)
                .hasMessage("invalid database URL: port 99999 is out of range");
    }

    private void writePgpass(String content, String permissions) throws IOException {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }
}
