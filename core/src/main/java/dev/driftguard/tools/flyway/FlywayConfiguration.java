package dev.driftguard.tools.flyway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import dev.driftguard.migrations.MigrationFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Flyway settings that decide what {@code flyway migrate} does with the project's files, read from
 * {@code flyway.toml} or {@code flyway.conf} (project root or {@code conf/}) as Flyway reads them; Flyway's defaults
 * otherwise.
 *
 * @param locations            where migrations are, as written ({@code filesystem:db/migration},
 *                             {@code classpath:db/migration}); empty means Flyway's defaults
 * @param placeholders         {@code flyway.placeholders.<name>} values
 * @param placeholderReplacement whether {@code ${name}} is replaced at all
 * @param placeholderPrefix    {@code ${} by default
 * @param placeholderSuffix    {@code }} by default
 * @param outOfOrder           whether pending versions older than the newest applied one run
 * @param mixed                whether one migration may mix statements that run in a transaction and statements
 *                             that cannot
 * @param executeInTransaction whether migrations run inside a transaction by default
 * @param validateOnMigrate    whether migrate validates checksums and versions first (and refuses on a mismatch)
 * @param table                the history table
 * @param defaultSchema        the schema Flyway works in, for {@code ${flyway:defaultSchema}}
 * @param sqlMigrationPrefix   {@code V}
 * @param repeatablePrefix     {@code R}
 * @param undoPrefix           {@code U}
 * @param baselinePrefix       {@code B}
 * @param separator            {@code __}
 * @param suffixes             {@code .sql}
 * @param transactionalLock    {@code flyway.postgresql.transactional.lock}: whether Flyway holds its migration lock
 *                             in a transaction that stays open while migrations run
 * @param source               the file the settings came from, when one did
 */
record FlywayConfiguration(List<String> locations, Map<String, String> placeholders, boolean placeholderReplacement,
                           String placeholderPrefix, String placeholderSuffix, boolean outOfOrder, boolean mixed,
                           boolean executeInTransaction, boolean validateOnMigrate, String table,
                           Optional<String> defaultSchema, String sqlMigrationPrefix, String repeatablePrefix,
                           String undoPrefix, String baselinePrefix, String separator, List<String> suffixes,
                           boolean transactionalLock, Optional<String> source) {

    static final List<String> FILE_NAMES = List.of("flyway.toml", "flyway.conf", "conf/flyway.toml",
            "conf/flyway.conf");

    FlywayConfiguration {
        locations = List.copyOf(locations);
        placeholders = Map.copyOf(placeholders);
        suffixes = List.copyOf(suffixes);
    }

    static FlywayConfiguration defaults() {
        return new Settings().build(Optional.empty());
    }

    /** The project's configuration file, when it has one. */
    static Optional<Path> find(Path projectDir) {
        return FILE_NAMES.stream().map(projectDir::resolve).filter(Files::isRegularFile).findFirst();
    }

    static FlywayConfiguration read(Path projectDir) throws DriftguardException {
        Optional<Path> file = find(projectDir);
        if (file.isEmpty()) {
            return defaults();
        }
        String shown = MigrationFiles.display(file.get(), projectDir);
        String text;
        try {
            text = Files.readString(file.get());
        } catch (IOException e) {
            throw new DriftguardException("cannot read " + shown + ": " + FileProblem.reason(e), e);
        }
        Settings settings = new Settings();
        if (file.get().getFileName().toString().endsWith(".toml")) {
            readToml(text, shown, settings);
        } else {
            readProperties(text, shown, settings);
        }
        return settings.build(Optional.of(shown));
    }

    private static void readProperties(String text, String shown, Settings settings) throws DriftguardException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new DriftguardException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("flyway.placeholders.")) {
                settings.placeholders.put(key.substring("flyway.placeholders.".length()), value);
            } else if (key.startsWith("flyway.")) {
                settings.set(key.substring("flyway.".length()), value, shown);
            }
        }
    }

    private static void readToml(String text, String shown, Settings settings) throws DriftguardException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (IOException e) {
            throw new DriftguardException("cannot read " + shown + ": " + FileProblem.reason(e), e);
        }
        JsonNode flyway = root.path("flyway");
        for (Iterator<Map.Entry<String, JsonNode>> it = flyway.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("placeholders") && value.isObject()) {
                value.fields().forEachRemaining(p -> settings.placeholders.put(p.getKey(), p.getValue().asText()));
            } else if (field.getKey().equals("postgresql") && value.isObject()) {
                JsonNode lock = value.path("transactional").path("lock");
                JsonNode flat = value.path("transactional.lock");
                JsonNode setting = lock.isMissingNode() ? flat : lock;
                if (setting.isValueNode()) {
                    settings.set("postgresql.transactional.lock", setting.asText(), shown);
                }
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                settings.set(field.getKey(), String.join(",", items), shown);
            } else if (value.isValueNode()) {
                settings.set(field.getKey(), value.asText(), shown);
            }
        }
        // Flyway 10's TOML puts connection-level settings such as the schema under an environment.
        JsonNode environments = root.path("environments");
        String environment = flyway.path("environment").asText("default");
        JsonNode env = environments.path(environment);
        JsonNode schemas = env.path("schemas");
        if (schemas.isArray() && !schemas.isEmpty() && settings.defaultSchema.isEmpty()) {
            settings.defaultSchema = Optional.of(schemas.get(0).asText());
        }
    }

    /** The settings being read, Flyway's defaults until a file says otherwise. */
    private static final class Settings {
        List<String> locations = List.of();
        final Map<String, String> placeholders = new LinkedHashMap<>();
        boolean placeholderReplacement = true;
        String placeholderPrefix = "${";
        String placeholderSuffix = "}";
        boolean outOfOrder;
        boolean mixed;
        boolean executeInTransaction = true;
        boolean validateOnMigrate = true;
        String table = "flyway_schema_history";
        Optional<String> defaultSchema = Optional.empty();
        String sqlMigrationPrefix = "V";
        String repeatablePrefix = "R";
        String undoPrefix = "U";
        String baselinePrefix = "B";
        String separator = "__";
        List<String> suffixes = List.of(".sql");
        boolean transactionalLock = true;

        void set(String key, String value, String shown) throws DriftguardException {
            switch (key) {
                case "locations" -> locations = split(value);
                case "placeholderReplacement" -> placeholderReplacement = bool(key, value, shown);
                case "placeholderPrefix" -> placeholderPrefix = value;
                case "placeholderSuffix" -> placeholderSuffix = value;
                case "outOfOrder" -> outOfOrder = bool(key, value, shown);
                case "mixed" -> mixed = bool(key, value, shown);
                case "executeInTransaction" -> executeInTransaction = bool(key, value, shown);
                case "validateOnMigrate" -> validateOnMigrate = bool(key, value, shown);
                case "table" -> table = value;
                case "defaultSchema" -> defaultSchema = Optional.of(value);
                case "schemas" -> defaultSchema = defaultSchema.or(() -> split(value).stream().findFirst());
                case "sqlMigrationPrefix" -> sqlMigrationPrefix = value;
                case "repeatableSqlMigrationPrefix" -> repeatablePrefix = value;
                case "undoSqlMigrationPrefix" -> undoPrefix = value;
                case "baselineMigrationPrefix" -> baselinePrefix = value;
                case "sqlMigrationSeparator" -> separator = value;
                case "sqlMigrationSuffixes" -> suffixes = split(value);
                case "postgresql.transactional.lock" -> transactionalLock = bool(key, value, shown);
                default -> {
                    // Connection, callback and reporting settings do not change what migrate runs.
                }
            }
        }

        private static List<String> split(String value) {
            List<String> items = new ArrayList<>();
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }

        private static boolean bool(String key, String value, String shown) throws DriftguardException {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new DriftguardException(shown + ": flyway." + key + " is \"" + value
                        + "\", not true or false");
            };
        }

        FlywayConfiguration build(Optional<String> source) {
            return new FlywayConfiguration(locations, placeholders, placeholderReplacement, placeholderPrefix,
                    placeholderSuffix, outOfOrder, mixed, executeInTransaction, validateOnMigrate, table,
                    defaultSchema, sqlMigrationPrefix, repeatablePrefix, undoPrefix, baselinePrefix, separator,
                    suffixes, transactionalLock, source);
        }
    }
}
