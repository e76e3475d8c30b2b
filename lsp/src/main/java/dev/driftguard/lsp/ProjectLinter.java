package dev.driftguard.lsp;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.Report;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.migrations.FileOverrides;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Driftguard on the project with the editor's buffers in place of the files on disk. Each run is a full lint
 * (the migrations are read and replayed again), but the target is read once and kept: a live database is the slow
 * part of a run and must not be queried per keystroke.
 */
final class ProjectLinter {

    /** What one run found, and what its probe saw on the way. */
    record Run(Report report, RunProbe probe) {
    }

    private final LspOptions options;
    private final Path projectDir;
    private final Object targetLock = new Object();
    private Optional<CatalogSnapshot> target = Optional.empty();

    ProjectLinter(LspOptions options, Path projectDir) {
        this.options = options;
        this.projectDir = projectDir;
    }

    Path projectDir() {
        return projectDir;
    }

    Run lint(Map<Path, String> buffers, RunProbe probe) throws DriftguardException {
        Driftguard.Builder builder = Driftguard.forProject(projectDir)
                .against(target())
                .overrides(new FileOverrides(buffers))
                .rules(probe);
        options.schema().ifPresent(s -> builder.schema(projectDir.resolve(s)));
        options.migrations().ifPresent(m -> builder.migrations(projectDir.resolve(m)));
        options.tool().ifPresent(builder::tool);
        options.postgresMajor().ifPresent(builder::postgresMajor);
        return new Run(builder.lint(), probe);
    }

    /** The target, read on first use and kept. */
    CatalogSnapshot target() throws DriftguardException {
        synchronized (targetLock) {
            if (target.isEmpty()) {
                target = Optional.of(options.target().read(projectDir));
            }
            return target.get();
        }
    }

    /** Reads the target again now (the client's {@code driftguard.refreshTarget}). */
    CatalogSnapshot refreshTarget() throws DriftguardException {
        synchronized (targetLock) {
            target = Optional.empty();
            return target();
        }
    }
}
