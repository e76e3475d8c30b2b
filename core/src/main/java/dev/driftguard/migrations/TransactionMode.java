package dev.driftguard.migrations;

/**
 * How the migration tool sends a migration's statements to PostgreSQL, which decides what a statement that cannot
 * run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}) or that must not share one with its user
 * ({@code ALTER TYPE ... ADD VALUE}) does.
 */
public enum TransactionMode {
    /**
     * The whole file as one multi-statement query (Prisma, most hand-written runners): PostgreSQL runs two or more
     * statements in one implicit transaction block, a single statement on its own.
     */
    IMPLICIT_BLOCK,
    /** Every statement inside one explicit transaction, however many there are (Flyway's default). */
    TRANSACTION,
    /** Every statement committed on its own, outside any transaction unless the file opens one with BEGIN. */
    AUTOCOMMIT
}
