package dev.driftguard;

import dev.driftguard.migrations.FileOverrides;
import java.util.Objects;

/**
 * One project linted again and again with the same options, as a language server lints while a migration is typed.
 * Each {@link #lint} reports exactly what {@link Driftguard.Builder#lint()} would for the same files, but reuses what
 * the previous run established: the parsed migration files whose text did not change, the schema while none of its
 * files changed, and the replayed catalog before the first migration that changed (kept every few migrations and
 * before the last one, so editing the newest migration replays only that migration). The project rules, the
 * configuration's policy and the report are computed anew each run. With a live target whose rows are checked, every
 * run replays in full, since the row checks need every statement.
 *
 * <pre>{@code
 * LintSession session = Driftguard.forProject(dir).against(snapshot).session();
 * Report first = session.lint(FileOverrides.none());
 * Report edited = session.lint(FileOverrides.none().with(migrationFile, bufferText));
 * }</pre>
 *
 * Runs of one session take turns (the method is synchronized); sessions share nothing.
 */
public final class LintSession {

    private final Driftguard.Builder options;
    private final SessionMemory memory = new SessionMemory();

    LintSession(Driftguard.Builder options) {
        this.options = options;
    }

    /**
     * Lints with each file in {@code files} read as its text (an editor's unsaved buffers) instead of the builder's
     * overrides. Throws only when an input cannot be read at all.
     */
    public synchronized Report lint(FileOverrides files) throws DriftguardException {
        return options.lintIn(memory, Objects.requireNonNull(files, "files"));
    }
}
