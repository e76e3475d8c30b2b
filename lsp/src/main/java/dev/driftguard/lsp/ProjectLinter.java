package dev.driftguard.lsp;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.LintSession;
import dev.driftguard.Report;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.migrations.FileOverrides;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Driftguard on the project with the editor's buffers in place of the files on disk. Diagnostics come from one
 * {@link LintSession}, which replays only from the first migration that changed since its previous run; a hover runs
 * a full lint with a probe at the cursor. The target is read once and kept: a live database is the slow part of a run
 * and must not be queried per keystroke.
 */
final class ProjectLinter {

    /** What one run found, and what its probe saw on the way. */
    record Run(Report report, RunProbe probe) {
    }

    private final LspOptions options;
    private final Path projectDir;
    private final Object targetLock = new Object();
    private Optional<CatalogSnapshot> target = Optional.empty();
    /** The diagnostics' session and its probe, made on first use and again when the target is read again. */
    private Optional<LintSession> session = Optional.empty();
    private final RunProbe sessionProbe = RunProbe.passive();

    ProjectLinter(LspOptions options, Path projectDir) {
        this.options = options;
        this.projectDir = projectDir;
    }

    Path projectDir() {
        return projectDir;
    }

    /** A full lint, for a probe of its own (a hover's cursor). */
    Run lint(Map<Path, String> buffers, RunProbe probe) throws DriftguardException {
        return new Run(builder(probe).overrides(new FileOverrides(buffers)).lint(), probe);
    }

    /** The diagnostics of the buffers, from the session: the same findings as a full lint, sooner. */
    Run diagnostics(Map<Path, String> buffers) throws DriftguardException {
        LintSession current;
        synchronized (targetLock) {
            if (session.isEmpty()) {
                session = Optional.of(builder(sessionProbe).session());
            }
            current = session.get();
        }
        return new Run(current.lint(new FileOverrides(buffers)), sessionProbe);
    }

    private Driftguard.Builder builder(RunProbe probe) throws DriftguardException {
        Driftguard.Builder builder = Driftguard.forProject(projectDir)
                .against(target())
                .rules(probe);
        options.schema().ifPresent(s -> builder.schema(projectDir.resolve(s)));
        options.migrations().ifPresent(m -> builder.migrations(projectDir.resolve(m)));
        options.tool().ifPresent(builder::tool);
        options.postgresMajor().ifPresent(builder::postgresMajor);
        return builder;
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
            session = Optional.empty();
            return target();
        }
    }
}
