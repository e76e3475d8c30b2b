/**
 * Driftguard in users' test suites: {@link dev.driftguard.testing.DriftguardAssertions} (AssertJ assertions on a
 * {@link dev.driftguard.Report}), {@link dev.driftguard.testing.DriftguardPostgres} (a JUnit 5 extension that
 * injects a {@link dev.driftguard.testing.TestDatabase} on a real PostgreSQL, optionally brought to a migration
 * state), and the plain-Java pieces under them: {@link dev.driftguard.testing.PostgresServer} and
 * {@link dev.driftguard.testing.PrismaMigrator}. See {@code docs/embedding.md}.
 */
package dev.driftguard.testing;
