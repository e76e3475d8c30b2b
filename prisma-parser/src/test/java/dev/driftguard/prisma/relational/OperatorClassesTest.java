package dev.driftguard.prisma.relational;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorClassesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "JsonbPathOps, jsonb_path_ops",
            "JsonbOps, jsonb_ops",
            "ArrayOps, array_ops",
            "TsVectorOps, tsvector_ops",
            "InetOps, inet_ops",
            "TextOps, text_ops",
            "Int4MinMaxOps, int4_minmax_ops",
            "Int8MinMaxMultiOps, int8_minmax_multi_ops",
            "TimestampTzBloomOps, timestamptz_bloom_ops",
            "InetInclusionOps, inet_inclusion_ops",
            "gin_trgm_ops, gin_trgm_ops",
            "text_pattern_ops, text_pattern_ops"
    })
    void namesPrismaOperatorClassesAsPostgresqlDoes(String prisma, String postgres) {
        assertThat(OperatorClasses.postgresName(prisma)).isEqualTo(postgres);
    }

    @ParameterizedTest(name = "{1} with {0}: default={2}")
    @CsvSource({
            "gin, jsonb_ops, true",
            "gin, jsonb_path_ops, false",
            "brin, timestamp_minmax_ops, true",
            "brin, int8_minmax_multi_ops, false",
            "brin, int4_bloom_ops, false",
            "gist, inet_ops, false",
            "spgist, inet_ops, true",
            "btree, text_pattern_ops, false"
    })
    void knowsWhichOperatorClassesIntrospectionLeavesOut(String method, String operatorClass, boolean isDefault) {
        assertThat(OperatorClasses.isDefault(method, operatorClass)).isEqualTo(isDefault);
    }
}
