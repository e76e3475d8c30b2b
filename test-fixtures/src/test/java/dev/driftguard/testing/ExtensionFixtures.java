package dev.driftguard.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test classes that {@link DriftguardPostgresExtensionTest} runs through the JUnit test kit to watch the extension
 * fail. They run only there: a {@code -Dtest} pattern that happens to match them skips them.
 */
final class ExtensionFixtures {

    static final String ENABLED = "driftguard.extension-fixtures";
    private static final String CONDITION = "dev.driftguard.testing.ExtensionFixtures#underTestKit";

    private ExtensionFixtures() {
    }

    static boolean underTestKit(ExtensionContext context) {
        return context.getConfigurationParameter(ENABLED).isPresent();
    }

    @EnabledIf(CONDITION)
    static class RecordsItsDatabase {
        static TestDatabase seen;

        @Test
        void records(@DriftguardPostgres TestDatabase database) {
            seen = database;
        }
    }

    @EnabledIf(CONDITION)
    @DriftguardPostgres(migrations = DriftguardPostgresExtensionTest.CLEAN_MIGRATIONS, upTo = "20250101000000_typo")
    static class UnknownUpTo {
        @Test
        void test(TestDatabase database) {
        }
    }

    @EnabledIf(CONDITION)
    static class UpToWithoutMigrations {
        @Test
        void test(@DriftguardPostgres(upTo = "20250101000000_init") TestDatabase database) {
        }
    }

    @EnabledIf(CONDITION)
    static class DeploysAFailingMigration {
        @Test
        void test(@DriftguardPostgres(migrations = "../examples/hand-written-sql/prisma/migrations")
                  TestDatabase database) {
        }
    }
}
