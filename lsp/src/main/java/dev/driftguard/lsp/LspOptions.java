package dev.driftguard.lsp;

import dev.driftguard.config.MigrationTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server lints: the same choices as {@code driftguard lint}.
 *
 * @param projectDir    the project; when empty, the client's workspace root (else the working directory)
 * @param schema        the schema file or folder, when not where the tool keeps it
 * @param migrations    the migrations folder, when not the tool's default
 * @param tool          the migration tool, when not configured or detected
 * @param postgresMajor the PostgreSQL major to assume when the target does not say
 * @param target        where the target's catalog comes from
 * @param debounce      how long typing must pause before a run starts
 */
public record LspOptions(Optional<Path> projectDir, Optional<Path> schema, Optional<Path> migrations,
                         Optional<MigrationTool> tool, Optional<Integer> postgresMajor, TargetSource target,
                         Duration debounce) {

    /** The pause after a keystroke: long enough to coalesce a burst of typing, short enough to feel immediate. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);

    public LspOptions {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(postgresMajor, "postgresMajor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(debounce, "debounce");
    }

    /** Everything as {@code driftguard lint} would pick it, for the project at {@code projectDir}. */
    public static LspOptions forProject(Path projectDir) {
        return new LspOptions(Optional.of(projectDir), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), TargetSource.configured(), DEFAULT_DEBOUNCE);
    }

    public LspOptions withProjectDir(Path dir) {
        return new LspOptions(Optional.of(dir), schema, migrations, tool, postgresMajor, target, debounce);
    }

    public LspOptions withTarget(TargetSource source) {
        return new LspOptions(projectDir, schema, migrations, tool, postgresMajor, source, debounce);
    }

    public LspOptions withDebounce(Duration pause) {
        return new LspOptions(projectDir, schema, migrations, tool, postgresMajor, target, pause);
    }
}
