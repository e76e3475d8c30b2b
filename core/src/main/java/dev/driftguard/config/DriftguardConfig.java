package dev.driftguard.config;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's {@code driftguard.yaml}, or the defaults when it has none.
 *
 * @param tool          the migration tool ({@code tool:}); when absent, the project's layout decides
 * @param postgresMajor the target's PostgreSQL major when no database is given ({@code postgres: 16})
 * @param failOn        the least severity that fails a run unless the command line says otherwise ({@code fail-on:})
 * @param rules         per-rule settings by rule id ({@code rules:}); rules not named keep their defaults
 * @param catalog       a snapshot of the target ({@code catalog:}, relative to the project) to lint against when the
 *                      command line names no target
 * @param ignore        globs of project-relative paths whose findings are dropped ({@code ignore:}), in
 *                      {@link java.nio.file.FileSystem#getPathMatcher glob} syntax: {@code *} stays within a directory,
 *                      {@code **} crosses directories, and a pattern ending in {@code /} means everything below it
 */
public record DriftguardConfig(Optional<MigrationTool> tool, Optional<Integer> postgresMajor, Severity failOn,
                               Map<String, RuleSetting> rules, List<String> ignore, Optional<String> catalog) {

    /** The file name looked for at the project root. */
    public static final String FILE_NAME = "driftguard.yaml";

    public DriftguardConfig {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(postgresMajor, "postgresMajor");
        Objects.requireNonNull(failOn, "failOn");
        rules = Map.copyOf(rules);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(catalog, "catalog");
    }

    /** No tool named, no PostgreSQL major, fail on errors, every rule at its default, nothing ignored. */
    public static DriftguardConfig defaults() {
        return new DriftguardConfig(Optional.empty(), Optional.empty(), Severity.ERROR, Map.of(), List.of(),
                Optional.empty());
    }

    /** The setting for a rule; {@link RuleSetting#DEFAULT} when the configuration does not name it. */
    public RuleSetting rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSetting.DEFAULT);
    }

    /** True when findings in {@code file} (project-relative, {@code /}-separated) are dropped. */
    public boolean isIgnored(String file) {
        Path path = Path.of(file);
        return ignore.stream().anyMatch(glob -> matcher(glob).matches(path));
    }

    /**
     * The findings as the configuration wants them: those of disabled rules and those located in ignored paths
     * dropped, the rest with their configured severity. Findings without a location are never dropped by path.
     * Pure: the input is not changed.
     */
    public List<Finding> applyTo(List<Finding> findings) {
        List<PathMatcher> matchers = ignore.stream().map(DriftguardConfig::matcher).toList();
        return findings.stream()
                .filter(f -> rule(f.ruleId()).enabled())
                .filter(f -> f.location().map(Location::file).map(Path::of)
                        .map(path -> matchers.stream().noneMatch(m -> m.matches(path))).orElse(true))
                .map(f -> rule(f.ruleId()).severity().map(f::withSeverity).orElse(f))
                .toList();
    }

    /**
     * The matcher of one ignore glob.
     *
     * @throws java.util.regex.PatternSyntaxException when the glob is malformed; the loader rejects such globs
     */
    static PathMatcher matcher(String glob) {
        String pattern = glob.endsWith("/") ? glob + "**" : glob;
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
