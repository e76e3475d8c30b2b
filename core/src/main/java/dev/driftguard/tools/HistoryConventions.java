package dev.driftguard.tools;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import java.util.Comparator;
import java.util.List;

/**
 * What the history rules need to know of the migration tool: the name of its history table, the order it applies
 * migrations in, what it refuses, and the commands that resolve each state. The rules stay tool-agnostic; every
 * tool-specific word they print comes from here.
 */
public interface HistoryConventions {

    /** The table the tool records applied migrations in, e.g. {@code _prisma_migrations}. */
    String historyTable();

    /** The command that applies pending migrations, e.g. {@code prisma migrate deploy}. */
    String deployCommand();

    /** The order the tool applies migrations in, over {@link Migration#name()}s and history names. */
    Comparator<String> order();

    /**
     * Whether the migration has a place in {@link #order()} that deploy keeps: false for Flyway's repeatable
     * migrations, which run after every versioned one whenever they change.
     */
    default boolean ordered(String migration) {
        return true;
    }

    /** Whether the history row records this very file (its checksum, as the tool computes it, matches). */
    boolean checksumMatches(Migration local, AppliedMigration row);

    /** Why the failed row blocks the deploy, in the tool's own terms (its error code or message). */
    String failedBlocksDeploy(String migration);

    /** How to resolve a failed row. */
    String failedRemedy(String migration);

    /** How to resolve a rolled-back row; only Prisma records those. */
    String rolledBackRemedy(String migration);

    /**
     * How serious an applied migration whose file has changed is: a warning where deploy does not look, an error
     * where deploy validates checksums first and refuses.
     */
    Severity modifiedMigrationSeverity();

    /** Why an applied migration's changed file matters, in the tool's terms. */
    String modifiedMigrationConsequence();

    /**
     * How serious a pending migration that sorts before the newest applied one is: a warning where deploy runs it
     * anyway (out of order), an error where deploy refuses.
     */
    Severity outOfOrderSeverity();

    /** What deploy does with a pending migration older than the newest applied one. */
    String outOfOrderConsequence(String newestApplied);

    /** How to make a pending migration that sorts too early run. */
    String outOfOrderRemedy();

    /** How serious an applied migration missing locally is. */
    Severity missingLocalSeverity(String migration, String newestLocal);

    /** What deploy does about an applied migration that is missing locally. */
    String missingLocalConsequence(String migration, String newestLocal);

    /** What the tool refuses or skips in the local migrations before PostgreSQL sees them. */
    default List<ToolRefusal> refusals() {
        return List.of();
    }

    /** The command that writes a new migration, for remedies such as "capture it in a migration". */
    String newMigrationAdvice();
}
