package dev.driftguard.tools.flyway;

import dev.driftguard.DriftguardException;
import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.history.FlywayHistoryRow;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.tools.MigrationToolAdapter;
import dev.driftguard.tools.ToolRefusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Flyway: versioned {@code V<version>__<description>.sql} in version order, then repeatable
 * {@code R__<description>.sql} in description order (re-applied when their checksum changes), baseline
 * {@code B<version>__...} on an empty history, undo {@code U...} ignored; each migration inside one transaction
 * unless a statement cannot run in one; recorded in {@code flyway_schema_history}, validated before migrate.
 *
 * <p>An instance serves one run: it keeps what it read of the project for the history conventions.
 */
public final class FlywayTool implements MigrationToolAdapter, HistoryConventions {

    /** Folders Flyway users keep migrations in, in the order they are looked for when nothing is configured. */
    private static final List<String> DEFAULT_LOCATIONS = List.of("src/main/resources/db/migration", "db/migration",
            "sql");

    private static final Pattern VERSIONED_FILE = Pattern.compile("V\\d[\\d._]*__.*\\.sql");

    private FlywayConfiguration config = FlywayConfiguration.defaults();
    private final Set<String> repeatables = new HashSet<>();
    private final List<ToolRefusal> refusals = new ArrayList<>();
    private final Map<String, FlywayMigrations.Kind> kinds = new HashMap<>();
    private Optional<FlywayVersion> newestLocalVersion = Optional.empty();

    @Override
    public MigrationTool tool() {
        return MigrationTool.FLYWAY;
    }

    @Override
    public boolean recognizes(Path projectDir) {
        if (FlywayConfiguration.find(projectDir).isPresent()) {
            return true;
        }
        for (String location : DEFAULT_LOCATIONS.subList(0, 2)) {
            Path dir = projectDir.resolve(location);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir, 3)) {
                    if (files.anyMatch(f -> VERSIONED_FILE.matcher(f.getFileName().toString()).matches())) {
                        return true;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    @Override
    public List<Migration> load(Path projectDir, Optional<Path> migrationsDir, SqlFrontEnd frontEnd,
                                FileOverrides overrides) throws DriftguardException {
        config = FlywayConfiguration.read(projectDir);
        List<Path> locations = migrationsDir.map(List::of).orElseGet(() -> locations(projectDir));
        FlywayMigrations.Result result = new FlywayMigrations(config, frontEnd, overrides).load(locations, projectDir);
        refusals.clear();
        refusals.addAll(result.refusals());
        List<Migration> migrations = new ArrayList<>();
        for (FlywayMigrations.Resolved r : result.migrations()) {
            migrations.add(r.migration());
            kinds.put(r.migration().name(), r.kind());
            r.version().filter(v -> newestLocalVersion.map(n -> v.compareTo(n) > 0).orElse(true))
                    .ifPresent(v -> newestLocalVersion = Optional.of(v));
            if (r.kind() == FlywayMigrations.Kind.REPEATABLE) {
                repeatables.add(r.migration().name());
            }
        }
        return List.copyOf(migrations);
    }

    /** The configured locations, {@code classpath:} read from the Maven layout; else the first default found. */
    private List<Path> locations(Path projectDir) {
        if (config.locations().isEmpty()) {
            return DEFAULT_LOCATIONS.stream().map(projectDir::resolve).filter(Files::isDirectory).findFirst()
                    .map(List::of).orElse(List.of(projectDir.resolve(DEFAULT_LOCATIONS.get(0))));
        }
        List<Path> paths = new ArrayList<>();
        for (String location : config.locations()) {
            if (location.startsWith("filesystem:")) {
                paths.add(projectDir.resolve(location.substring("filesystem:".length())));
            } else {
                String path = location.startsWith("classpath:") ? location.substring("classpath:".length())
                        : location;
                paths.add(projectDir.resolve("src/main/resources").resolve(path.replaceFirst("^/", "")));
            }
        }
        return paths;
    }

    @Override
    public Optional<List<AppliedMigration>> history(CatalogSnapshot target) {
        return target.flywayHistory().map(rows -> {
            List<AppliedMigration> applied = new ArrayList<>();
            for (FlywayHistoryRow row : rows) {
                toApplied(row).ifPresent(applied::add);
            }
            return List.copyOf(applied);
        });
    }

    /** A Flyway row in the common model; the schema-creation marker and deleted or undone rows stand for nothing. */
    static Optional<AppliedMigration> toApplied(FlywayHistoryRow row) {
        boolean baseline = row.type().equals("BASELINE") || row.type().equals("SQL_BASELINE");
        if (!(baseline || row.type().equals("SQL") || row.type().equals("JDBC"))) {
            return Optional.empty();
        }
        String name = row.version().flatMap(FlywayVersion::parse).map(FlywayVersion::display)
                .orElse(row.description());
        return Optional.of(new AppliedMigration(Integer.toString(row.installedRank()),
                row.checksum().map(String::valueOf).orElse(""), name, row.installedOn(),
                row.success() ? row.installedOn() : Optional.empty(), Optional.empty(), Optional.empty(), 0,
                baseline ? Optional.of(AppliedMigration.BASELINE) : Optional.empty()));
    }

    /**
     * Versioned migrations with no successful row, above the baseline; baseline migrations only on an empty history
     * (the newest one, standing for every version up to its own); repeatable migrations whose file changed since they
     * last ran.
     */
    @Override
    public List<Migration> pending(List<Migration> local, Optional<List<AppliedMigration>> history) {
        List<AppliedMigration> rows = history.orElse(List.of());
        Set<String> applied = new HashSet<>();
        Map<String, String> lastChecksum = new HashMap<>();
        Optional<FlywayVersion> baseline = Optional.empty();
        for (AppliedMigration row : rows) {
            if (row.isBaseline()) {
                Optional<FlywayVersion> v = FlywayVersion.parse(row.migrationName());
                if (v.isPresent() && (baseline.isEmpty() || v.get().compareTo(baseline.get()) > 0)) {
                    baseline = v;
                }
            } else if (row.isApplied()) {
                applied.add(row.migrationName());
                lastChecksum.put(row.migrationName(), row.checksum());
            }
        }
        boolean emptyHistory = rows.isEmpty();
        Optional<FlywayVersion> startFrom = baseline;
        if (emptyHistory) {
            startFrom = local.stream().filter(m -> kinds.get(m.name()) == FlywayMigrations.Kind.BASELINE)
                    .map(m -> FlywayVersion.parse(m.name()).orElseThrow()).max(Comparator.naturalOrder());
        }
        Optional<FlywayVersion> above = startFrom;
        List<Migration> pending = new ArrayList<>();
        for (Migration m : local) {
            FlywayMigrations.Kind kind = kinds.getOrDefault(m.name(), FlywayMigrations.Kind.VERSIONED);
            if (kind == FlywayMigrations.Kind.REPEATABLE) {
                if (!m.checksum().equals(lastChecksum.get(m.name()))) {
                    pending.add(m);
                }
                continue;
            }
            FlywayVersion version = FlywayVersion.parse(m.name()).orElseThrow();
            if (kind == FlywayMigrations.Kind.BASELINE) {
                if (emptyHistory && above.isPresent() && version.sameAs(above.get())) {
                    pending.add(m);
                }
            } else if (!applied.contains(m.name())
                    && (above.isEmpty() || version.compareTo(above.get()) > 0)) {
                pending.add(m);
            }
        }
        return List.copyOf(pending);
    }

    @Override
    public HistoryConventions conventions() {
        return this;
    }

    @Override
    public boolean declaresSchema() {
        return false;
    }

    @Override
    public String anchorFile(Path projectDir) {
        return FlywayConfiguration.find(projectDir).map(f -> projectDir.relativize(f).toString().replace('\\', '/'))
                .or(() -> DEFAULT_LOCATIONS.stream().filter(l -> Files.isDirectory(projectDir.resolve(l))).findFirst())
                .orElse(DEFAULT_LOCATIONS.get(0));
    }

    @Override
    public String historyTable() {
        return config.table();
    }

    @Override
    public String deployCommand() {
        return "flyway migrate";
    }

    @Override
    public Comparator<String> order() {
        return FlywayVersion.NAME_ORDER;
    }

    @Override
    public boolean ordered(String migration) {
        return FlywayVersion.parse(migration).isPresent();
    }

    /** A repeatable migration that changed is run again, not a mismatch. */
    @Override
    public boolean checksumMatches(Migration local, AppliedMigration row) {
        return repeatables.contains(local.name()) || local.checksum().equals(row.checksum());
    }

    @Override
    public String failedBlocksDeploy(String migration) {
        return "flyway migrate refuses to run anything until it is repaired (\"Validate failed: Detected failed "
                + "migration to version " + migration + "\")";
    }

    @Override
    public String failedRemedy(String migration) {
        return "undo what it did before failing (it ran outside a transaction, so PostgreSQL kept the statements that "
                + "succeeded), fix it, then run `flyway repair` to remove the failed row so migrate runs it again";
    }

    @Override
    public String rolledBackRemedy(String migration) {
        return "make sure none of its changes are still in the database";
    }

    @Override
    public Severity modifiedMigrationSeverity() {
        return config.validateOnMigrate() ? Severity.ERROR : Severity.WARNING;
    }

    @Override
    public String modifiedMigrationConsequence() {
        return config.validateOnMigrate()
                ? "flyway migrate validates first and refuses (\"Validate failed: Migration checksum mismatch\"); "
                + "`flyway repair` accepts the new checksum only if the database already has the change"
                : "the database has the old version's effects";
    }

    @Override
    public Severity outOfOrderSeverity() {
        return config.outOfOrder() ? Severity.WARNING : Severity.ERROR;
    }

    @Override
    public String outOfOrderConsequence(String newestApplied) {
        return config.outOfOrder() ? "flyway migrate (outOfOrder=true) runs it after the later versions"
                : "flyway migrate refuses (\"Validate failed: Detected resolved migration not applied to database\"), "
                + "as outOfOrder is false";
    }

    @Override
    public String outOfOrderRemedy() {
        return config.outOfOrder() ? "check it does not conflict with the later migrations"
                : "give it a version above " + "the newest applied one, or set outOfOrder=true if running it after the "
                + "later versions is safe";
    }

    @Override
    public Severity missingLocalSeverity(String migration, String newestLocal) {
        return isFuture(migration, newestLocal) || !config.validateOnMigrate() ? Severity.WARNING : Severity.ERROR;
    }

    @Override
    public String missingLocalConsequence(String migration, String newestLocal) {
        if (isFuture(migration, newestLocal)) {
            return "it is newer than every local version, which flyway migrate ignores by default "
                    + "(ignoreMigrationPatterns=*:future), but the database has changes this history does not know about";
        }
        return config.validateOnMigrate()
                ? "flyway migrate refuses (\"Validate failed: Detected applied migration not resolved locally\")"
                : "the database has changes this history does not know about";
    }

    /** An applied version above every local one: Flyway's "future" migration, which validate ignores by default. */
    private boolean isFuture(String migration, String newestLocal) {
        Optional<FlywayVersion> version = FlywayVersion.parse(migration);
        return version.isPresent() && newestLocalVersion.map(n -> version.get().compareTo(n) > 0).orElse(true);
    }

    @Override
    public List<ToolRefusal> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public String newMigrationAdvice() {
        return "a new V<version>__<description>.sql";
    }
}
