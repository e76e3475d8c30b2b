package dev.driftguard.volatility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltinTypesTest {

    @Test
    void knowsBuiltInTypesByEverySpelling() {
        assertThat(BuiltinTypes.exists(16, "integer")).isTrue();
        assertThat(BuiltinTypes.exists(16, "int4")).isTrue();
        assertThat(BuiltinTypes.exists(16, "int")).isTrue();
        assertThat(BuiltinTypes.exists(16, "timestamptz")).isTrue();
        assertThat(BuiltinTypes.exists(16, "timestamp(3) with time zone")).isTrue();
        assertThat(BuiltinTypes.exists(16, "character varying(255)")).isTrue();
        assertThat(BuiltinTypes.exists(16, "text[]")).isTrue();
        assertThat(BuiltinTypes.exists(16, "pg_catalog.jsonb")).isTrue();
        assertThat(BuiltinTypes.exists(16, "\"char\"")).isTrue();
    }

    @Test
    void extensionTypesAreNotBuiltIn() {
        assertThat(BuiltinTypes.exists(16, "vector")).isFalse();
        assertThat(BuiltinTypes.exists(16, "citext")).isFalse();
        assertThat(BuiltinTypes.exists(16, "public.vector")).isFalse();
        assertThat(BuiltinTypes.exists(16, "")).isFalse();
    }

    @Test
    void everyMajorFrom12To18HasItsTables() {
        for (int major = 12; major <= 18; major++) {
            assertThat(BuiltinTypes.exists(major, "timestamp with time zone")).as("PostgreSQL %d", major).isTrue();
        }
    }

    @Test
    void followsTheMajor() {
        assertThat(BuiltinTypes.exists(13, "int4multirange")).isFalse();
        assertThat(BuiltinTypes.exists(14, "int4multirange")).isTrue();
    }
}
