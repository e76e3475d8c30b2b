package dev.driftguard.rules;

import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.tools.HistoryConventions;
import java.util.List;
import java.util.Optional;

/** What a rule sees of the whole project, after replay. */
public interface ProjectContext {

    /** Every local migration, in the order the migration tool applies them. */
    List<Migration> migrations();

    /** The local migrations the target has not applied, in order; these were replayed. */
    List<Migration> pendingMigrations();

    /**
     * The target's history rows as the project's migration tool keeps them ({@code _prisma_migrations},
     * {@code flyway_schema_history}); empty when it has no such table.
     */
    Optional<List<AppliedMigration>> history();

    /** The migration tool's names, order and remedies, for history findings. */
    HistoryConventions tool();

    /** The declared schema, when the project has one. */
    Optional<DeclaredSchema> declaredSchema();

    /** The target before replay. */
    CatalogView target();

    /** The target after every pending migration was replayed. */
    CatalogView afterReplay();

    /** Reports a finding at a location (or none), for a migration (or none), with the rule's configured severity. */
    void report(Optional<Location> location, Optional<String> migration, String message, String fix);

    /** As {@link #report}, with a severity of the finding's own instead of the rule's default. */
    void report(Severity severity, Optional<Location> location, Optional<String> migration, String message,
                String fix);

    /** As {@link #report}, predicting that deploy fails. */
    void reportFailure(Optional<Location> location, Optional<String> migration, String message, String fix,
                       String sqlState);
}
