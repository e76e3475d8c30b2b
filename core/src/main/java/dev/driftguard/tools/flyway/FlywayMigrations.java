package dev.driftguard.tools.flyway;

import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.migrations.MigrationFiles;
import dev.driftguard.migrations.TransactionMode;
import dev.driftguard.sql.MigrationScript;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.tools.ToolRefusal;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Flyway's SQL migrations from its locations, as {@code flyway migrate} resolves them: names parsed with the
 * configured prefixes, separator and suffixes, placeholders replaced, each script's transaction decided as Flyway's
 * PostgreSQL parser decides it.
 */
final class FlywayMigrations {

    /** Statements Flyway's PostgreSQL parser runs outside a transaction (PostgreSQLParser's patterns). */
    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\\b.*", Pattern.DOTALL),
            Pattern.compile("^ALTER SYSTEM\\b.*", Pattern.DOTALL),
            Pattern.compile("^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY\\b.*", Pattern.DOTALL),
            Pattern.compile("^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)\\b.*", Pattern.DOTALL),
            Pattern.compile("^VACUUM\\b.*", Pattern.DOTALL),
            Pattern.compile("^DISCARD ALL\\b.*", Pattern.DOTALL));

    /** Statements that wait for older transactions to end: index builds and rebuilds with CONCURRENTLY. */
    private static final Pattern CONCURRENT_BUILD = Pattern.compile(
            "^(CREATE( UNIQUE)? INDEX CONCURRENTLY|REINDEX( \\(.*\\))? (INDEX|TABLE|SCHEMA|DATABASE|SYSTEM) CONCURRENTLY"
                    + "|REINDEX .*CONCURRENTLY)\\b.*", Pattern.DOTALL);

    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s+|--[^\\n]*\\n?|/\\*.*?\\*/)+",
            Pattern.DOTALL);

    /** The kinds of file Flyway recognises by prefix. */
    enum Kind { VERSIONED, REPEATABLE, BASELINE, UNDO }

    /** A resolved migration file and what the tool knows of it beyond the common model. */
    record Resolved(Migration migration, Kind kind, Optional<FlywayVersion> version, String description,
                    String script) {
    }

    /** Everything read, and what Flyway refuses or skips. */
    record Result(List<Resolved> migrations, List<ToolRefusal> refusals) {
    }

    private final FlywayConfiguration config;
    private final SqlFrontEnd frontEnd;
    private final FileOverrides overrides;

    FlywayMigrations(FlywayConfiguration config, SqlFrontEnd frontEnd, FileOverrides overrides) {
        this.config = config;
        this.frontEnd = frontEnd;
        this.overrides = overrides;
    }

    Result load(List<Path> locations, Path projectDir) throws DriftguardException {
        List<Resolved> resolved = new ArrayList<>();
        List<ToolRefusal> refusals = new ArrayList<>();
        for (Path location : locations) {
            for (Path file : files(location, projectDir)) {
                read(location, file, projectDir, refusals).ifPresent(resolved::add);
            }
        }
        Map<String, Resolved> byVersion = new LinkedHashMap<>();
        Map<String, Resolved> byDescription = new LinkedHashMap<>();
        List<Resolved> kept = new ArrayList<>();
        for (Resolved r : resolved) {
            Map<String, Resolved> seen = r.kind() == Kind.REPEATABLE ? byDescription : byVersion;
            String key = r.kind() == Kind.REPEATABLE ? r.description()
                    : r.kind() + ":" + r.version().orElseThrow().parts();
            Resolved earlier = seen.putIfAbsent(key, r);
            if (earlier != null) {
                refusals.add(new ToolRefusal(Severity.ERROR, firstStatement(r.migration()),
                        Optional.of(r.migration().name()),
                        "Flyway finds more than one migration with " + (r.kind() == Kind.REPEATABLE
                                ? "description \"" + r.description() + "\"" : "version " + r.version().get())
                                + " (" + earlier.migration().source().path() + " and "
                                + r.migration().source().path() + ") and refuses to migrate",
                        "give one of them another version (or description)"));
            } else if (r.kind() != Kind.UNDO) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparing((Resolved r) -> r.kind() == Kind.REPEATABLE)
                .thenComparing((a, b) -> a.kind() == Kind.REPEATABLE ? a.description().compareTo(b.description())
                        : a.version().orElseThrow().compareTo(b.version().orElseThrow()))
                // A baseline migration comes before the versioned migration of its own version.
                .thenComparing(r -> r.kind() != Kind.BASELINE));
        return new Result(List.copyOf(kept), List.copyOf(refusals));
    }

    private static List<Path> files(Path location, Path projectDir) throws DriftguardException {
        if (!Files.isDirectory(location)) {
            throw MigrationFiles.folderNotFound(location, projectDir);
        }
        try (Stream<Path> walk = Files.walk(location)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DriftguardException("cannot read migrations folder " + MigrationFiles.display(location,
                    projectDir) + ": " + e.getMessage(), e);
        }
    }

    private Optional<Resolved> read(Path location, Path file, Path projectDir, List<ToolRefusal> refusals)
            throws DriftguardException {
        String fileName = file.getFileName().toString();
        Optional<String> suffix = config.suffixes().stream().filter(fileName::endsWith).findFirst();
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - suffix.get().length());
        String shown = MigrationFiles.display(file, projectDir);
        String script = location.relativize(file).toString().replace('\\', '/');
        Optional<Kind> kind = kindOf(stem);
        int separator = stem.indexOf(config.separator());
        if (kind.isEmpty() || separator < 0) {
            refusals.add(new ToolRefusal(Severity.WARNING, Location.ofFile(shown), Optional.empty(),
                    "Flyway skips " + script + ": its name is not " + config.sqlMigrationPrefix() + "<version>"
                            + config.separator() + "<description>" + suffix.get() + " nor "
                            + config.repeatablePrefix() + config.separator() + "<description>" + suffix.get(),
                    "rename it (two underscores between version and description), or move it out of the "
                            + "migration locations"));
            return Optional.empty();
        }
        String prefix = prefixOf(kind.get());
        String versionText = stem.substring(prefix.length(), separator);
        String description = stem.substring(separator + config.separator().length()).replace('_', ' ');
        Optional<FlywayVersion> version = Optional.empty();
        if (kind.get() == Kind.REPEATABLE) {
            if (!versionText.isEmpty()) {
                refusals.add(new ToolRefusal(Severity.ERROR, Location.ofFile(shown), Optional.empty(),
                        "Flyway refuses " + script + ": a repeatable migration has no version",
                        "name it " + config.repeatablePrefix() + config.separator() + "<description>"
                                + suffix.get()));
                return Optional.empty();
            }
        } else {
            version = FlywayVersion.parse(versionText);
            if (version.isEmpty()) {
                refusals.add(new ToolRefusal(Severity.ERROR, Location.ofFile(shown), Optional.empty(),
                        "Flyway refuses " + script + ": \"" + versionText + "\" is not a version (digits separated "
                                + "by dots or single underscores)",
                        "name it " + prefix + "<version>" + config.separator() + "<description>" + suffix.get()));
                return Optional.empty();
            }
        }
        byte[] bytes = MigrationFiles.read(file, projectDir, overrides);
        String raw = MigrationFiles.decode(bytes);
        Properties scriptConfig = scriptConfig(file, projectDir);
        boolean replace = config.placeholderReplacement()
                && !"false".equalsIgnoreCase(scriptConfig.getProperty("placeholderReplacement", "").trim());
        String name = kind.get() == Kind.REPEATABLE ? description : version.get().display();
        SourceFile rawSource = new SourceFile(shown, raw);
        String text = replace ? new FlywayPlaceholders(config, fileName).replace(rawSource, name, refusals) : raw;
        // Flyway's checksum is over the file as written, but over the replaced text for a repeatable migration, so
        // that a new placeholder value re-applies it.
        int checksum = FlywayChecksum.of(kind.get() == Kind.REPEATABLE && replace ? text : raw);
        MigrationScript parsed = frontEnd.parse(new SourceFile(shown, text));
        TransactionMode mode = transaction(parsed, scriptConfig, name, refusals);
        Migration migration = new Migration(name, parsed, Integer.toString(checksum), mode);
        return Optional.of(new Resolved(migration, kind.get(), version, description, script));
    }

    private Optional<Kind> kindOf(String stem) {
        // The longest matching prefix wins, so that custom prefixes sharing a first letter stay apart.
        List<Map.Entry<Kind, String>> prefixes = new ArrayList<>(List.of(
                Map.entry(Kind.VERSIONED, config.sqlMigrationPrefix()),
                Map.entry(Kind.REPEATABLE, config.repeatablePrefix()),
                Map.entry(Kind.BASELINE, config.baselinePrefix()),
                Map.entry(Kind.UNDO, config.undoPrefix())));
        prefixes.sort(Comparator.comparing((Map.Entry<Kind, String> e) -> e.getValue().length()).reversed());
        for (Map.Entry<Kind, String> p : prefixes) {
            if (!p.getValue().isEmpty() && stem.startsWith(p.getValue())) {
                return Optional.of(p.getKey());
            }
        }
        return Optional.empty();
    }

    private String prefixOf(Kind kind) {
        return switch (kind) {
            case VERSIONED -> config.sqlMigrationPrefix();
            case REPEATABLE -> config.repeatablePrefix();
            case BASELINE -> config.baselinePrefix();
            case UNDO -> config.undoPrefix();
        };
    }

    /** The script's own settings, {@code V1__x.sql.conf} beside it. */
    private static Properties scriptConfig(Path file, Path projectDir) throws DriftguardException {
        Path conf = file.resolveSibling(file.getFileName() + ".conf");
        Properties properties = new Properties();
        if (Files.isRegularFile(conf)) {
            try {
                properties.load(new StringReader(Files.readString(conf)));
            } catch (IOException | IllegalArgumentException e) {
                throw new DriftguardException("cannot read " + MigrationFiles.display(conf, projectDir) + ": "
                        + (e instanceof IOException io ? FileProblem.reason(io) : e.getMessage()), e);
            }
        }
        return properties;
    }

    /**
     * As Flyway decides: the script's {@code executeInTransaction} when it sets one; else outside a transaction
     * when a statement cannot run in one, which Flyway refuses next to a statement that can unless {@code mixed}.
     */
    private TransactionMode transaction(MigrationScript script, Properties scriptConfig, String name,
                                        List<ToolRefusal> refusals) {
        String override = scriptConfig.getProperty("executeInTransaction", "").trim();
        if (!override.isEmpty()) {
            return Boolean.parseBoolean(override) ? TransactionMode.TRANSACTION : TransactionMode.AUTOCOMMIT;
        }
        boolean transactional = false;
        boolean nonTransactional = false;
        for (SqlStatement statement : script.statements()) {
            if (canRunInTransaction(statement)) {
                transactional = true;
            } else {
                nonTransactional = true;
            }
            if (transactional && nonTransactional && !config.mixed() && config.executeInTransaction()) {
                refusals.add(new ToolRefusal(Severity.ERROR,
                        script.source().location(statement.span().start(), statement.span().end()), Optional.of(name),
                        "Flyway refuses this migration: \"Detected both transactional and non-transactional "
                                + "statements within the same migration (even though mixed is false)\"",
                        "move the statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, "
                                + "...) into a migration of its own, or set mixed=true (every statement then "
                                + "commits on its own)"));
                return TransactionMode.AUTOCOMMIT;
            }
        }
        if (nonTransactional || !config.executeInTransaction()) {
            lockWait(script, name, refusals);
            return TransactionMode.AUTOCOMMIT;
        }
        return TransactionMode.TRANSACTION;
    }

    /**
     * With {@code flyway.postgresql.transactional.lock} on (the default), Flyway takes its migration lock with
     * {@code pg_advisory_xact_lock} on a second connection whose transaction stays open for the whole run; a
     * concurrent index build waits for every transaction older than itself to end, that one included, so it waits
     * forever (seen on Flyway 13 and PostgreSQL 16: the build sits on a {@code virtualxid} lock).
     */
    private void lockWait(MigrationScript script, String name, List<ToolRefusal> refusals) {
        if (!config.transactionalLock()) {
            return;
        }
        for (SqlStatement statement : script.statements()) {
            String simplified = simplify(statement);
            if (CONCURRENT_BUILD.matcher(simplified).matches()) {
                refusals.add(new ToolRefusal(Severity.ERROR,
                        script.source().location(statement.span().start(), statement.span().end()), Optional.of(name),
                        "flyway migrate hangs here: Flyway holds its migration lock in a transaction that stays open "
                                + "(flyway.postgresql.transactional.lock is true, the default), and a concurrent "
                                + "index build waits for every open transaction to end, that one included",
                        "set flyway.postgresql.transactional.lock=false (Flyway then takes a session-level lock), "
                                + "or drop CONCURRENTLY when the table is small"));
                return;
            }
        }
    }

    private static boolean canRunInTransaction(SqlStatement statement) {
        String simplified = simplify(statement);
        return NON_TRANSACTIONAL.stream().noneMatch(p -> p.matcher(simplified).matches());
    }

    /** The statement as Flyway's parser matches it: no leading comments, single spaces, upper case. */
    private static String simplify(SqlStatement statement) {
        String text = LEADING_COMMENTS.matcher(statement.text()).replaceFirst("");
        return text.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
    }

    static Location firstStatement(Migration migration) {
        return migration.script().statements().stream().findFirst()
                .map(s -> migration.source().location(s.span().start(), s.span().end()))
                .orElse(Location.ofFile(migration.source().path()));
    }
}
