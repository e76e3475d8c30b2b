package dev.driftguard.maven;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.InvalidSnapshotException;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.TargetDatabaseException;
import dev.driftguard.config.Baseline;
import dev.driftguard.config.DriftguardConfig;
import dev.driftguard.config.InlineSuppressions;
import dev.driftguard.config.LoadResult;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.tools.MigrationTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One lint of a project, wired as the CLI's {@code driftguard lint} wires it: the same configuration, target and
 * defaults, so a build and a terminal report the same findings.
 */
final class ProjectLint {

    private ProjectLint() {
    }

    /**
     * Lints the project.
     *
     * @param projectName   the name JUnit suites and test cases carry
     * @param repositoryDir where CI resolves report paths from (Maven's execution root)
     * @param toolVersion   Driftguard's version, for SARIF
     * @param info          told what is being read, for the build log; never given a password
     */
    static LintResult run(LintSettings settings, String projectName, Path repositoryDir, String toolVersion,
                          Consumer<String> info) throws DriftguardException {
        Path projectDir = settings.projectDir();
        if (!Files.isDirectory(projectDir)) {
            throw new DriftguardException("project directory not found: " + projectDir);
        }
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
        rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
        DriftguardConfig config = Driftguard.loadConfig(projectDir, rules);

        Driftguard.Builder builder = Driftguard.forProject(projectDir).config(config);
        settings.schema().ifPresent(builder::schema);
        settings.migrations().ifPresent(builder::migrations);
        settings.tool().ifPresent(builder::tool);
        settings.postgresMajor().ifPresent(builder::postgresMajor);
        configureTarget(builder, settings, config, info);
        if (settings.baseline().isPresent()) {
            LoadResult<Baseline> accepted = Baseline.read(settings.baseline().get());
            if (!accepted.isValid()) {
                throw new DriftguardException(accepted.describeProblems());
            }
            builder.baseline(accepted.value().orElseThrow());
        }
        Report report = builder.lint();

        Optional<Severity> threshold = settings.failOn().map(LintSettings.FailOn::threshold)
                .orElse(Optional.of(config.failOn()));
        List<RuleMetadata> metadata = new ArrayList<>();
        rules.forEach(r -> metadata.add(r.metadata()));
        metadata.addAll(InlineSuppressions.RULES);
        RenderOptions options = RenderOptions.defaults()
                .withFailThreshold(threshold.orElse(Severity.ERROR))
                .withRules(metadata)
                .withProjectName(projectName)
                .withToolVersion(toolVersion)
                .withProjectPath(pathFrom(repositoryDir, projectDir))
                .withAnchorFile(anchorFile(settings, config))
                .withMigrations(report.migrations());
        return new LintResult(report, options, threshold);
    }

    /**
     * The target the parameters name (a live database is also asked about its rows, counts only), else the snapshot
     * driftguard.yaml names, else none (an empty database).
     */
    private static void configureTarget(Driftguard.Builder builder, LintSettings settings, DriftguardConfig config,
                                        Consumer<String> info) throws DriftguardException {
        if (settings.databaseUrl().isPresent()) {
            ConnectionSettings connection;
            try {
                // Parse errors never repeat the URL, which may hold a password.
                connection = ConnectionSettings.parse(settings.databaseUrl().get());
            } catch (TargetDatabaseException e) {
                throw new DriftguardException("databaseUrl: " + e.getMessage());
            }
            if (settings.databasePassword().isPresent()) {
                connection = connection.withPassword(settings.databasePassword().map(LintSettings.Password::value));
            }
            info.accept("Reading the target database " + connection.redactedUrl());
            try {
                builder.against(LiveTarget.of(connection));
                return;
            } catch (DriftguardException e) {
                throw new DriftguardException(connection.redact(e.getMessage()));
            }
        }
        Optional<Path> snapshot = settings.catalog()
                .or(() -> config.catalog().map(c -> settings.projectDir().resolve(c)));
        if (snapshot.isEmpty()) {
            return;
        }
        info.accept("Reading the target from the snapshot " + snapshot.get());
        try {
            builder.against(CatalogSnapshotJson.read(snapshot.get()));
        } catch (InvalidSnapshotException e) {
            throw new DriftguardException(e.getMessage());
        }
    }

    /** Where SARIF shows findings that have no location: the schema file when one is given, else the tool's. */
    private static String anchorFile(LintSettings settings, DriftguardConfig config) {
        Path projectDir = settings.projectDir();
        Optional<Path> schemaFile = settings.schema().filter(s -> !Files.isDirectory(s));
        if (schemaFile.isPresent()) {
            return projectDir.toAbsolutePath().relativize(schemaFile.get().toAbsolutePath()).toString()
                    .replace('\\', '/');
        }
        return MigrationTools.adapter(MigrationTools.resolve(settings.tool(), config, projectDir))
                .anchorFile(projectDir);
    }

    /** {@code dir} relative to {@code root} ({@code ""} when it is the root or outside it), with forward slashes. */
    private static String pathFrom(Path root, Path dir) {
        Path base = root.toAbsolutePath().normalize();
        Path project = dir.toAbsolutePath().normalize();
        return project.startsWith(base) ? base.relativize(project).toString().replace('\\', '/') : "";
    }
}
