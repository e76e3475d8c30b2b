package dev.driftguard;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.catalog.TargetDatabaseException;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.ServerVersion;
import dev.driftguard.config.DriftguardConfig;
import dev.driftguard.config.DriftguardConfigLoader;
import dev.driftguard.config.Baseline;
import dev.driftguard.config.FindingPolicy;
import dev.driftguard.config.InlineSuppressions;
import dev.driftguard.config.LoadResult;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.config.StatementLines;
import dev.driftguard.drift.DriftAnalysis;
import dev.driftguard.drift.DriftReport;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.history.HistoryStatus;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.migrations.MigrationFiles;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.replay.ReplayCheckpoints;
import dev.driftguard.rows.LiveRowChecks;
import dev.driftguard.rows.RowCheckOptions;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaDiagnostic;
import dev.driftguard.schema.SchemaReader;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.tools.MigrationToolAdapter;
import dev.driftguard.tools.MigrationTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/**
 * The entry point: lints a project's pending migrations against a target database.
 *
 * <pre>{@code
 * Report report = Driftguard.forProject(Path.of("."))
 *         .against(snapshot)
 *         .lint();
 * }</pre>
 *
 * Runs share no state and nothing here is global: several runs, on one builder or on several, may go on at once
 * on different threads, provided no thread is still configuring the builder. Nothing is printed and nothing exits;
 * render a {@link Report} with a {@link dev.driftguard.report.ReportFormat}.
 */
public final class Driftguard {

    /** The PostgreSQL major assumed when neither the target nor the configuration says. */
    public static final int DEFAULT_POSTGRES_MAJOR = 16;

    private Driftguard() {
    }

    /** Starts a run on a project directory; schema and migrations are found where the migration tool keeps them. */
    public static Builder forProject(Path projectDir) {
        return new Builder(projectDir);
    }

    /** Options of one run. */
    public static final class Builder {
        private final Path projectDir;
        private Optional<Path> schemaPath = Optional.empty();
        private Optional<DeclaredSchema> schema = Optional.empty();
        private Optional<Path> migrationsDir = Optional.empty();
        private Optional<MigrationTool> tool = Optional.empty();
        private CatalogSnapshot target = CatalogSnapshot.emptyDatabase();
        private Optional<LiveTarget> live = Optional.empty();
        private RowCheckOptions rowChecks = RowCheckOptions.defaults();
        private Optional<Integer> postgresMajor = Optional.empty();
        private Optional<DriftguardConfig> config = Optional.empty();
        private Optional<Baseline> baseline = Optional.empty();
        private ProgressListener progress = ProgressListener.NONE;
        private final List<Rule> extraRules = new ArrayList<>();
        private boolean serviceLoaderRules = true;
        private FileOverrides overrides = FileOverrides.none();

        private Builder(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        }

        /** A schema file or folder; by default {@code prisma/schema.prisma} (or what a {@link SchemaReader} finds). */
        public Builder schema(Path path) {
            this.schemaPath = Optional.of(path);
            return this;
        }

        /** A schema already read. */
        public Builder schema(DeclaredSchema declared) {
            this.schema = Optional.of(declared);
            return this;
        }

        /**
         * The migrations folder; by default the tool's ({@code prisma/migrations}, Flyway's configured locations or
         * {@code db/migration}).
         */
        public Builder migrations(Path dir) {
            this.migrationsDir = Optional.of(dir);
            return this;
        }

        /**
         * The migration tool. By default the one {@code driftguard.yaml} names ({@code tool:}), else the one whose
         * layout the project has ({@link MigrationTools#detect}), else Prisma.
         */
        public Builder tool(MigrationTool migrationTool) {
            this.tool = Optional.of(migrationTool);
            return this;
        }

        /** Reads the target over JDBC (read-only, with time limits) and lints against what it finds. */
        public Builder against(javax.sql.DataSource dataSource) throws DriftguardException {
            return against(LiveTarget.of(dataSource, ReadLimits.defaults()));
        }

        /**
         * Reads the target's catalog now (read-only, with time limits) and, after replay, asks it about the rows that
         * decide whether pending statements fail there (see {@link #rowChecks}).
         */
        public Builder against(LiveTarget liveTarget) throws DriftguardException {
            try {
                this.target = liveTarget.read();
            } catch (TargetDatabaseException e) {
                throw new DriftguardException(e.getMessage(), e);
            }
            this.live = Optional.of(liveTarget);
            return this;
        }

        /** The target as a snapshot (introspected or read from JSON). By default an empty database. */
        public Builder against(CatalogSnapshot snapshot) {
            this.target = Objects.requireNonNull(snapshot, "snapshot");
            this.live = Optional.empty();
            return this;
        }

        /** How far the row checks of a live target go; by default counts only, up to a million rows a table. */
        public Builder rowChecks(RowCheckOptions options) {
            this.rowChecks = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The PostgreSQL major to assume when the target does not say (an empty or snapshot target). */
        public Builder postgresMajor(int major) {
            this.postgresMajor = Optional.of(major);
            return this;
        }

        /**
         * The configuration to apply. By default {@code driftguard.yaml} is read from the project directory when it
         * exists.
         */
        public Builder config(DriftguardConfig configuration) {
            this.config = Optional.of(configuration);
            return this;
        }

        /** Told how the run advances; by default nobody is. */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Reports only the findings that are not in this baseline. */
        public Builder baseline(Baseline accepted) {
            this.baseline = Optional.of(accepted);
            return this;
        }

        /**
         * Adds rules to the built-in ones.
         *
         * @throws IllegalArgumentException when a rule has no metadata (no {@link dev.driftguard.rules.RuleInfo})
         */
        public Builder rules(Rule... rules) {
            for (Rule rule : rules) {
                rule.metadata();
            }
            extraRules.addAll(List.of(rules));
            return this;
        }

        /**
         * Lints {@code text} in place of {@code file}'s content on disk, as an editor shows an unsaved buffer. Applies
         * to migration files of every tool and to schema files; may be called once per file.
         */
        public Builder fileOverride(Path file, String text) {
            this.overrides = overrides.with(file, Objects.requireNonNull(text, "text"));
            return this;
        }

        /** Replaces every override set so far: each file in {@code files} reads as its text. */
        public Builder overrides(FileOverrides files) {
            this.overrides = Objects.requireNonNull(files, "files");
            return this;
        }

        /** Whether rules registered through {@link ServiceLoader} run too (default yes). */
        public Builder serviceLoaderRules(boolean enabled) {
            this.serviceLoaderRules = enabled;
            return this;
        }

        /** Runs every rule and returns the findings. Throws only when an input cannot be read at all. */
        public Report lint() throws DriftguardException {
            Inputs inputs = readInputs(overrides, Optional.empty());
            return analyze(inputs, target, inputs.adapter().history(target), allRules(), true, Optional.empty());
        }

        /**
         * A session that lints this project again and again with these options, as an editor does while a migration
         * is typed: each {@link LintSession#lint} gives the findings {@link #lint()} would, but replays only from the
         * first migration that changed since the previous run, and parses again only the files that changed. Later
         * changes to this builder do not reach the session.
         */
        public LintSession session() {
            return new LintSession(copy());
        }

        private Builder copy() {
            Builder copy = new Builder(projectDir);
            copy.schemaPath = schemaPath;
            copy.schema = schema;
            copy.migrationsDir = migrationsDir;
            copy.tool = tool;
            copy.target = target;
            copy.live = live;
            copy.rowChecks = rowChecks;
            copy.postgresMajor = postgresMajor;
            copy.config = config;
            copy.baseline = baseline;
            copy.progress = progress;
            copy.extraRules.addAll(extraRules);
            copy.serviceLoaderRules = serviceLoaderRules;
            copy.overrides = overrides;
            return copy;
        }

        /** One run of a {@link LintSession}: {@code files} in place of the builder's overrides. */
        Report lintIn(SessionMemory memory, FileOverrides files) throws DriftguardException {
            List<Rule> rules = memory.rules(this::allRules);
            Inputs inputs = readInputs(files, Optional.of(memory));
            return analyze(inputs, target, inputs.adapter().history(target), rules, true,
                    Optional.of(memory.checkpoints()));
        }

        /**
         * Where each migration stands on the target, with the findings of the history rules; for each failed
         * migration, what skipping it ({@code prisma migrate resolve --applied}) would break in later migrations.
         */
        public ProjectStatus status() throws DriftguardException {
            Inputs inputs = readInputs(overrides, Optional.empty());
            List<Rule> historyRules = allRules().stream().filter(HistoryRule.class::isInstance).toList();
            Optional<List<AppliedMigration>> rows = inputs.adapter().history(target);
            Report report = analyze(inputs, target, rows, historyRules, false, Optional.empty());
            HistoryConventions conventions = inputs.adapter().conventions();
            HistoryStatus history = HistoryStatus.of(inputs.migrations(), rows, conventions.order());
            Map<String, List<Finding>> brokenBySkipping = new LinkedHashMap<>();
            List<HistoryStatus.Entry> failed = history.inState(HistoryStatus.State.FAILED);
            if (!failed.isEmpty()) {
                List<Rule> rules = allRules();
                Set<String> before = errorKeys(analyze(inputs, target, rows, rules, false, Optional.empty()));
                for (HistoryStatus.Entry entry : failed) {
                    Report skipped = analyze(inputs, target, markedApplied(rows, entry.name()), rules, false,
                            Optional.empty());
                    brokenBySkipping.put(entry.name(), skipped.findings().stream()
                            .filter(f -> f.severity() == Severity.ERROR && !before.contains(key(f)))
                            .filter(f -> f.migration()
                                    .map(m -> conventions.order().compare(m, entry.name()) > 0).orElse(false))
                            .toList());
                }
            }
            return new ProjectStatus(history, report, brokenBySkipping, inputs.adapter().tool());
        }

        /**
         * Compares three views of the database: the declared schema, every migration replayed on an empty database,
         * and the target.
         */
        public DriftReport drift() throws DriftguardException {
            Inputs inputs = readInputs(overrides, Optional.empty());
            int major = target.catalog().serverVersion().map(ServerVersion::major)
                    .orElse(postgresMajor.orElse(DEFAULT_POSTGRES_MAJOR));
            // What a deploy on an empty database would run: with Flyway, the newest baseline migration stands for
            // the versions below it.
            List<Migration> fromEmpty = inputs.adapter().pending(inputs.migrations(), Optional.empty());
            Catalog fromHistory = new Replay(List.of())
                    .run(Catalog.empty(), fromEmpty, major, new FindingCollector()).catalog().toCatalog();
            return DriftAnalysis.compare(inputs.declared().map(DeclaredSchema::catalog), fromHistory,
                    target.catalog());
        }

        /** The history with a failed migration recorded as applied, as resolving it without running it would. */
        private static Optional<List<AppliedMigration>> markedApplied(Optional<List<AppliedMigration>> history,
                                                                      String name) {
            List<AppliedMigration> rows = new ArrayList<>();
            for (AppliedMigration row : history.orElse(List.of())) {
                rows.add(row.migrationName().equals(name) && row.isFailed()
                        ? new AppliedMigration(row.id(), row.checksum(), row.migrationName(), row.startedAt(),
                        row.startedAt().or(() -> Optional.of(java.time.Instant.EPOCH)), Optional.empty(),
                        row.logs(), row.appliedStepsCount())
                        : row);
            }
            return Optional.of(rows);
        }

        private static Set<String> errorKeys(Report report) {
            return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Builder::key)
                    .collect(Collectors.toSet());
        }

        private static String key(Finding f) {
            return f.ruleId() + "@" + f.location().map(Location::toString).orElse("");
        }

        private List<Rule> allRules() throws DriftguardException {
            List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
            if (serviceLoaderRules) {
                try {
                    rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
                } catch (ServiceConfigurationError | IllegalArgumentException e) {
                    // A custom rule that cannot be loaded, or has no @RuleInfo: the run cannot be what was asked.
                    throw new DriftguardException("cannot load the rules listed in META-INF/services/"
                            + Rule.class.getName() + ": " + e.getMessage(), e);
                }
            }
            rules.addAll(extraRules);
            return rules;
        }

        /**
         * What the project declares: its schema and its migrations, read once per run. The schema is read on a thread
         * of its own: the migrations load and replay meanwhile (no statement rule looks at the schema), and on a large
         * project each side takes about a second.
         */
        private record Inputs(MigrationToolAdapter adapter, FutureTask<Optional<DeclaredSchema>> schemaRead,
                              List<Migration> migrations, DriftguardConfig config) {

            Optional<DeclaredSchema> declared() throws DriftguardException {
                return join(schemaRead);
            }

            Map<String, SourceFile> sources() throws DriftguardException {
                Map<String, SourceFile> sources = new LinkedHashMap<>();
                declared().ifPresent(s -> s.sources().forEach(f -> sources.put(f.path(), f)));
                migrations.forEach(m -> sources.put(m.source().path(), m.source()));
                return sources;
            }
        }

        private Inputs readInputs(FileOverrides files, Optional<SessionMemory> memory) throws DriftguardException {
            DriftguardConfig configuration = config.isPresent() ? config.get() : loadConfig(projectDir, allRules());
            MigrationToolAdapter adapter = MigrationTools.adapter(MigrationTools.resolve(tool, configuration,
                    projectDir));
            SqlFrontEnd frontEnd = memory.map(SessionMemory::nextFrontEnd).orElseGet(SqlFrontEnd::new);
            FutureTask<Optional<DeclaredSchema>> schemaRead = new FutureTask<>(() -> readSchema(adapter, files,
                    memory));
            Thread schemaReader = new Thread(schemaRead, "driftguard-schema-reader");
            schemaReader.setDaemon(true);
            schemaReader.start();
            try {
                return new Inputs(adapter, schemaRead, adapter.load(projectDir, migrationsDir, frontEnd, files),
                        configuration);
            } catch (DriftguardException e) {
                // A broken schema is reported first, as when the two were read one after the other.
                join(schemaRead);
                throw e;
            }
        }

        private static <T> T join(FutureTask<T> task) throws DriftguardException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DriftguardException("interrupted while reading the schema", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DriftguardException d) {
                    throw d;
                } else if (cause instanceof RuntimeException r) {
                    throw r;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        /**
         * @param askRows     whether the live target, when there is one, is asked about its rows
         * @param checkpoints what the previous run of a session left, to replay only from the first changed
         *                    migration; unused when the rows are asked, since row checks need every statement
         */
        private Report analyze(Inputs inputs, CatalogSnapshot against, Optional<List<AppliedMigration>> history,
                               List<Rule> rules, boolean askRows, Optional<ReplayCheckpoints> checkpoints)
                throws DriftguardException {
            List<Migration> pending = inputs.adapter().pending(inputs.migrations(), history);
            int major = against.catalog().serverVersion().map(ServerVersion::major)
                    .or(() -> postgresMajor).or(() -> inputs.config().postgresMajor()).orElse(DEFAULT_POSTGRES_MAJOR);

            FindingCollector findings = new FindingCollector();
            Replay replay = new Replay(rules);
            boolean rowsAsked = askRows && live.isPresent() && rowChecks.enabled();
            Replay.Result result = checkpoints.isPresent() && !rowsAsked
                    ? replay.run(against.catalog(), pending, major, findings, checkpoints.get())
                    : replay.run(against.catalog(), pending, major, findings, progress, rowsAsked);
            if (rowsAsked) {
                LiveRowChecks.answer(live.get(), against.catalog(), result.rowChecks(), rowChecks)
                        .forEach(findings::add);
            }
            Optional<DeclaredSchema> declared = inputs.declared();
            declared.ifPresent(s -> s.diagnostics().forEach(d -> findings.add(schemaFinding(d))));
            ProjectRun project = new ProjectRun(inputs.migrations(), pending, history,
                    inputs.adapter().conventions(), declared,
                    replay.startView(against.catalog(), major), result.catalog(), findings);
            for (Rule rule : rules) {
                project.run(rule);
            }
            Report raw = new Report(findings.findings(), inputs.sources(),
                    pending.stream().map(Migration::name).toList());
            return new FindingPolicy(inputs.config(), inputs.migrations().stream().map(StatementLines::of).toList(),
                    baseline).applyTo(raw).report();
        }

        private Optional<DeclaredSchema> readSchema(MigrationToolAdapter adapter, FileOverrides files,
                                                    Optional<SessionMemory> memory) throws DriftguardException {
            if (schema.isPresent()) {
                return schema;
            }
            if (schemaPath.isEmpty() && !adapter.declaresSchema()) {
                return Optional.empty();
            }
            List<SchemaReader> readers = new ArrayList<>();
            ServiceLoader.load(SchemaReader.class, Driftguard.class.getClassLoader()).forEach(readers::add);
            for (SchemaReader reader : readers) {
                Optional<Path> path = schemaPath.or(() -> reader.locate(projectDir));
                if (path.isPresent()) {
                    if (!Files.exists(path.get())) {
                        throw new DriftguardException("schema not found: "
                                + MigrationFiles.display(path.get(), projectDir));
                    }
                    try {
                        if (memory.isPresent()) {
                            return Optional.of(memory.get().schema(reader, path.get(), files,
                                    () -> reader.read(path.get(), projectDir, files)));
                        }
                        return Optional.of(reader.read(path.get(), projectDir, files));
                    } catch (IOException e) {
                        throw new DriftguardException("cannot read schema "
                                + MigrationFiles.display(path.get(), projectDir) + ": " + FileProblem.reason(e), e);
                    }
                }
            }
            if (schemaPath.isPresent()) {
                throw new DriftguardException("cannot read schema " + MigrationFiles.display(schemaPath.get(),
                        projectDir) + ": no schema reader is on the class path (add driftguard-prisma-parser)");
            }
            return Optional.empty();
        }
    }

    /**
     * Reads {@code driftguard.yaml} from a project directory: the defaults when there is none, an exception naming
     * every problem (file, line, key) when it is invalid.
     */
    public static DriftguardConfig loadConfig(Path projectDir, List<Rule> rules) throws DriftguardException {
        Set<String> known = new java.util.HashSet<>();
        rules.forEach(r -> known.add(r.metadata().id()));
        InlineSuppressions.RULES.forEach(r -> known.add(r.id()));
        known.addAll(List.of("internal-error", "invalid-schema"));
        LoadResult<DriftguardConfig> result = DriftguardConfigLoader.load(projectDir, known);
        if (!result.isValid()) {
            throw new DriftguardException(result.describeProblems());
        }
        return result.value().orElseThrow();
    }

    private static Finding schemaFinding(SchemaDiagnostic diagnostic) {
        return new Finding("invalid-schema", diagnostic.severity(), diagnostic.message(),
                Optional.of(diagnostic.location()), Optional.empty(), Optional.of("fix the schema file"),
                Optional.empty());
    }

    /** The project-level phase: each rule's {@link Rule#checkProject} with a context bound to that rule. */
    private record ProjectRun(List<Migration> all, List<Migration> pending, Optional<List<AppliedMigration>> history,
                              HistoryConventions conventions, Optional<DeclaredSchema> declared, CatalogView before,
                              CatalogView after,
                              FindingCollector findings) {

        void run(Rule rule) {
            RuleMetadata metadata;
            try {
                metadata = rule.metadata();
            } catch (RuntimeException e) {
                findings.add(internalError(rule.getClass().getName(), e));
                return;
            }
            try {
                rule.checkProject(new Context(metadata));
            } catch (RuntimeException e) {
                findings.add(internalError(metadata.id(), e));
            }
        }

        private static Finding internalError(String rule, RuntimeException e) {
            return new Finding("internal-error", Severity.ERROR, "rule " + rule + " failed: " + e,
                    Optional.empty(), Optional.empty(),
                    Optional.of("report this to the rule's author; the other rules ran"), Optional.empty());
        }

        private final class Context implements ProjectContext {
            private final RuleMetadata metadata;

            Context(RuleMetadata metadata) {
                this.metadata = metadata;
            }

            @Override
            public List<Migration> migrations() {
                return all;
            }

            @Override
            public List<Migration> pendingMigrations() {
                return pending;
            }

            @Override
            public Optional<List<AppliedMigration>> history() {
                return history;
            }

            @Override
            public HistoryConventions tool() {
                return conventions;
            }

            @Override
            public Optional<DeclaredSchema> declaredSchema() {
                return declared;
            }

            @Override
            public CatalogView target() {
                return before;
            }

            @Override
            public CatalogView afterReplay() {
                return after;
            }

            @Override
            public void report(Optional<Location> location, Optional<String> migration, String message, String fix) {
                findings.add(new Finding(metadata.id(), metadata.severity(), message, location, migration,
                        Optional.of(fix), Optional.empty()));
            }

            @Override
            public void report(Severity severity, Optional<Location> location, Optional<String> migration,
                               String message, String fix) {
                findings.add(new Finding(metadata.id(), severity, message, location, migration, Optional.of(fix),
                        Optional.empty()));
            }

            @Override
            public void reportFailure(Optional<Location> location, Optional<String> migration, String message,
                                      String fix, String sqlState) {
                findings.add(new Finding(metadata.id(), metadata.severity(), message, location, migration,
                        Optional.of(fix), Optional.of(sqlState)));
            }
        }
    }
}
