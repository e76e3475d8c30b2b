package dev.driftguard.report;

import dev.driftguard.Severity;
import dev.driftguard.rules.RuleMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What renderers need besides the report itself.
 *
 * @param color         ANSI colors in text output; the CLI sets it on a terminal without {@code NO_COLOR}
 * @param failThreshold findings at or above this severity fail the run (JUnit marks them as failures)
 * @param rules         metadata of the rules that ran, for SARIF's rule descriptors
 * @param projectName   the project's name, for JUnit suite and test-case names
 * @param toolVersion   Driftguard's version, for SARIF's tool driver
 * @param anchorFile    the project file (such as {@code prisma/schema.prisma}) that SARIF shows findings against when
 *                      they have no location and their migration's file is unknown; GitHub code scanning rejects a
 *                      SARIF file with any result that has no location
 * @param projectPath   the project directory relative to the repository root (e.g. {@code services/api}), for the
 *                      formats whose consumers resolve paths from the repository root: GitHub annotations and SARIF
 * @param migrations    migrations checked besides the report's own {@link dev.driftguard.Report#migrations()}, so
 *                      JUnit can list the ones that passed too
 */
public record RenderOptions(boolean color, Severity failThreshold, List<RuleMetadata> rules, String projectName,
                            Optional<String> toolVersion, Optional<String> anchorFile,
                            Optional<String> projectPath, List<String> migrations) {

    public RenderOptions {
        Objects.requireNonNull(failThreshold, "failThreshold");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(anchorFile, "anchorFile");
        Objects.requireNonNull(projectPath, "projectPath");
        rules = List.copyOf(rules);
        migrations = List.copyOf(migrations);
    }

    /** No color, fail on errors, no rule metadata, project {@code driftguard}, and nothing else given. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, Severity.ERROR, List.of(), "driftguard", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** A copy with colors on or off. */
    public RenderOptions withColor(boolean newColor) {
        return new RenderOptions(newColor, failThreshold, rules, projectName, toolVersion, anchorFile, projectPath,
                migrations);
    }

    /** A copy with another fail threshold. */
    public RenderOptions withFailThreshold(Severity threshold) {
        return new RenderOptions(color, threshold, rules, projectName, toolVersion, anchorFile, projectPath,
                migrations);
    }

    /** A copy that knows these rules' metadata. */
    public RenderOptions withRules(List<RuleMetadata> newRules) {
        return new RenderOptions(color, failThreshold, newRules, projectName, toolVersion, anchorFile, projectPath,
                migrations);
    }

    /** A copy with another project name. */
    public RenderOptions withProjectName(String name) {
        return new RenderOptions(color, failThreshold, rules, name, toolVersion, anchorFile, projectPath,
                migrations);
    }

    /** A copy that names Driftguard's version. */
    public RenderOptions withToolVersion(String version) {
        return new RenderOptions(color, failThreshold, rules, projectName, Optional.of(version), anchorFile,
                projectPath, migrations);
    }

    /** A copy that shows findings without location against {@code file} in SARIF. */
    public RenderOptions withAnchorFile(String file) {
        return new RenderOptions(color, failThreshold, rules, projectName, toolVersion, Optional.of(file),
                projectPath, migrations);
    }

    /** A copy for a project in {@code path} below the repository root; {@code ""} or {@code .} for the root. */
    public RenderOptions withProjectPath(String path) {
        String normalized = path.replace('\\', '/').replaceAll("^\\./?|/+$", "");
        return new RenderOptions(color, failThreshold, rules, projectName, toolVersion, anchorFile,
                normalized.isEmpty() ? Optional.empty() : Optional.of(normalized), migrations);
    }

    /** A copy that lists every checked migration. */
    public RenderOptions withMigrations(List<String> checked) {
        return new RenderOptions(color, failThreshold, rules, projectName, toolVersion, anchorFile, projectPath,
                checked);
    }

    /** {@code file}, relative to the project, as a path from the repository root. */
    public String repositoryPath(String file) {
        return projectPath.map(p -> p + "/" + file).orElse(file);
    }

    /** True when a finding of {@code severity} fails the run: errors always do, others at or above the threshold. */
    public boolean fails(Severity severity) {
        return severity == Severity.ERROR || severity.isAtLeast(failThreshold);
    }
}
