package dev.driftguard.lsp;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.InvalidSnapshotException;
import dev.driftguard.catalog.TargetDatabaseException;
import dev.driftguard.config.DriftguardConfig;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the server reads the target database's state. It is read once and kept: a live database is read again only
 * when the client asks ({@code driftguard.refreshTarget}), never per keystroke.
 */
@FunctionalInterface
public interface TargetSource {

    /** Reads the target now; the project directory resolves relative paths. */
    CatalogSnapshot read(Path projectDir) throws DriftguardException;

    /** A snapshot written by {@code driftguard snapshot}. */
    static TargetSource snapshot(Path file) {
        return projectDir -> {
            try {
                return CatalogSnapshotJson.read(projectDir.resolve(file));
            } catch (InvalidSnapshotException e) {
                throw new DriftguardException(e.getMessage(), e);
            }
        };
    }

    /** A live database, read over JDBC in a read-only transaction. */
    static TargetSource database(String url) {
        return projectDir -> {
            try {
                return CatalogIntrospector.read(ConnectionSettings.parse(url));
            } catch (TargetDatabaseException | IllegalArgumentException e) {
                throw new DriftguardException(e.getMessage(), e);
            }
        };
    }

    /**
     * What {@code driftguard lint} uses without options: the snapshot {@code driftguard.yaml} names
     * ({@code catalog:}), else an empty database.
     */
    static TargetSource configured() {
        return projectDir -> {
            List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
            rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
            DriftguardConfig config = Driftguard.loadConfig(projectDir, rules);
            if (config.catalog().isPresent()) {
                return snapshot(Path.of(config.catalog().get())).read(projectDir);
            }
            return CatalogSnapshot.emptyDatabase();
        };
    }
}
