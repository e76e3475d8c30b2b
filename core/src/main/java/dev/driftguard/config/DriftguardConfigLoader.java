package dev.driftguard.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code driftguard.yaml}:
 * <pre>
 * tool: prisma            # the migration tool
 * postgres: 16            # the target's major when no database is given
 * catalog: target.json    # a snapshot of the target, when the command line names no target
 * fail-on: warning        # error (default), warning or info
 * rules:
 *   undeployed-model: off             # turn a rule off
 *   rolled-back-migration: warning    # or give its findings another severity
 * ignore:
 *   - prisma/migrations/2023*&#47;     # globs of project-relative paths
 * </pre>
 * Every problem is reported, not just the first, each located at the offending key or value and naming it: unknown
 * keys, wrong types, unknown rule ids, bad severities, malformed globs, duplicate keys and invalid YAML.
 */
public final class DriftguardConfigLoader {

    /** Rule id of the findings that describe problems in {@code driftguard.yaml}. */
    public static final String INVALID_CONFIG = "invalid-config";

    private static final List<String> KEYS = List.of("tool", "postgres", "catalog", "fail-on", "rules", "ignore");

    /** The oldest PostgreSQL major Driftguard models. */
    private static final int OLDEST_POSTGRES = 12;

    private static final YAMLFactory YAML = new YAMLFactory();

    private DriftguardConfigLoader() {
    }

    /**
     * Loads {@code driftguard.yaml} from the project root; the defaults when there is no such file.
     *
     * @param knownRuleIds the id of every rule that can report, so that misspelt ids under {@code rules:} are caught
     */
    public static LoadResult<DriftguardConfig> load(Path projectDir, Set<String> knownRuleIds) {
        Path file = projectDir.resolve(DriftguardConfig.FILE_NAME);
        if (!Files.exists(file)) {
            return LoadResult.loaded(DriftguardConfig.defaults(), Optional.empty());
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            Finding problem = problem(Optional.of(Location.ofFile(DriftguardConfig.FILE_NAME)),
                    "cannot read " + DriftguardConfig.FILE_NAME + ": " + e.getMessage());
            return LoadResult.invalid(List.of(problem), Optional.empty());
        }
        return parse(new SourceFile(DriftguardConfig.FILE_NAME, text), knownRuleIds);
    }

    /** Parses configuration text; {@code source.path()} names the file in problems. */
    public static LoadResult<DriftguardConfig> parse(SourceFile source, Set<String> knownRuleIds) {
        Reader reader = new Reader(source, knownRuleIds);
        Optional<DriftguardConfig> config = reader.read();
        return config.isPresent() && reader.problems.isEmpty()
                ? LoadResult.loaded(config.get(), Optional.of(source))
                : LoadResult.invalid(reader.problems, Optional.of(source));
    }

    private static Finding problem(Optional<Location> location, String message) {
        return new Finding(INVALID_CONFIG, Severity.ERROR, message, location, Optional.empty(),
                Optional.of("see the configuration reference in docs/configuration.md"), Optional.empty());
    }

    /** One pass over the YAML tokens, collecting the settings and every problem. */
    private static final class Reader {
        private final SourceFile source;
        private final Set<String> knownRuleIds;
        private final List<Finding> problems = new ArrayList<>();

        private Optional<MigrationTool> tool = Optional.empty();
        private Optional<Integer> postgres = Optional.empty();
        private Severity failOn = Severity.ERROR;
        private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private final List<String> ignore = new ArrayList<>();
        private Optional<String> catalog = Optional.empty();

        Reader(SourceFile source, Set<String> knownRuleIds) {
            this.source = source;
            this.knownRuleIds = Set.copyOf(knownRuleIds);
        }

        Optional<DriftguardConfig> read() {
            try (JsonParser p = YAML.createParser(source.text())) {
                JsonToken token = p.nextToken();
                if (token == null || token == JsonToken.VALUE_NULL) {
                    return Optional.of(DriftguardConfig.defaults());
                }
                if (token != JsonToken.START_OBJECT) {
                    report(p, "the file must be a mapping of settings (" + String.join(", ", KEYS) + ")");
                    return Optional.empty();
                }
                Set<String> seen = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (!seen.add(key)) {
                        report(p, "key \"" + key + "\" is given twice");
                    }
                    Optional<Location> keyLocation = here(p);
                    p.nextToken();
                    readSetting(key, keyLocation, p);
                }
                return Optional.of(new DriftguardConfig(tool, postgres, failOn, rules, ignore, catalog));
            } catch (JsonProcessingException e) {
                problems.add(problem(locate(e.getLocation(), 1), "not valid YAML: " + e.getOriginalMessage()));
                return Optional.empty();
            } catch (IOException e) {
                // Parsing a String performs no I/O; the parser's signature still declares it.
                problems.add(problem(Optional.empty(), "cannot parse " + source.path() + ": " + e.getMessage()));
                return Optional.empty();
            }
        }

        private void readSetting(String key, Optional<Location> keyLocation, JsonParser p) throws IOException {
            switch (key) {
                case "tool" -> scalar(p, key, "a migration tool such as prisma").ifPresent(text ->
                        MigrationTool.parse(text).ifPresentOrElse(t -> tool = Optional.of(t),
                                () -> report(p, key + ": \"" + text + "\" is not a supported migration tool; supported: "
                                        + MigrationTool.names())));
                case "postgres" -> readPostgres(p);
                case "catalog" -> catalog = scalar(p, key, "the path of a snapshot written by driftguard snapshot");
                case "fail-on" -> scalar(p, key, "a severity (error, warning or info)").ifPresent(text ->
                        Severity.parse(text).ifPresentOrElse(s -> failOn = s, () -> report(p, key + ": \"" + text
                                + "\" is not a severity; use error, warning or info")));
                case "rules" -> readRules(p);
                case "ignore" -> readIgnore(p);
                default -> {
                    problems.add(problem(keyLocation, "unknown key \"" + key + "\"; known keys: "
                            + String.join(", ", KEYS)));
                    p.skipChildren();
                }
            }
        }

        private void readPostgres(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                wrongType(p, "postgres", "a PostgreSQL major version such as 16");
                return;
            }
            int major = p.getIntValue();
            if (major < OLDEST_POSTGRES) {
                report(p, "postgres: " + major + " is not supported; Driftguard models PostgreSQL "
                        + OLDEST_POSTGRES + " and later");
            } else {
                postgres = Optional.of(major);
            }
        }

        private void readRules(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                wrongType(p, "rules", "a mapping of rule ids to off or a severity");
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                boolean known = knownRuleIds.contains(id);
                if (!known) {
                    report(p, "rules: unknown rule \"" + id + "\"");
                }
                p.nextToken();
                Optional<RuleSetting> setting = ruleSetting(p, id);
                if (known) {
                    setting.ifPresent(s -> rules.put(id, s));
                }
            }
        }

        private Optional<RuleSetting> ruleSetting(JsonParser p, String id) throws IOException {
            String key = "rules." + id;
            if (p.currentToken() == JsonToken.VALUE_FALSE) {
                return Optional.of(RuleSetting.off());
            }
            if (p.currentToken() == JsonToken.VALUE_TRUE) {
                return Optional.of(RuleSetting.DEFAULT);
            }
            Optional<String> text = scalar(p, key, "off, on, or a severity (error, warning or info)");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String value = text.get().trim().toLowerCase(Locale.ROOT);
            if (value.equals("off") || value.equals("false")) {
                return Optional.of(RuleSetting.off());
            }
            if (value.equals("on") || value.equals("true")) {
                return Optional.of(RuleSetting.DEFAULT);
            }
            Optional<Severity> severity = Severity.parse(value);
            if (severity.isEmpty()) {
                report(p, key + ": \"" + text.get() + "\" is not a severity; use error, warning, info or off");
            }
            return severity.map(RuleSetting::withSeverity);
        }

        private void readIgnore(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                wrongType(p, "ignore", "a list of path globs");
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Optional<String> glob = scalar(p, "ignore", "a path glob");
                if (glob.isEmpty()) {
                    continue;
                }
                try {
                    DriftguardConfig.matcher(glob.get());
                    ignore.add(glob.get());
                } catch (IllegalArgumentException e) {
                    // PatternSyntaxException, or a glob the platform's path matcher refuses.
                    report(p, "ignore: \"" + glob.get() + "\" is not a valid glob: " + e.getMessage()
                            .replace('\n', ' '));
                }
            }
        }

        /** The current token as text when it is a string or number; otherwise reports the wrong type. */
        private Optional<String> scalar(JsonParser p, String key, String expected) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return Optional.of(p.getText());
            }
            wrongType(p, key, expected);
            return Optional.empty();
        }

        private void wrongType(JsonParser p, String key, String expected) throws IOException {
            report(p, key + ": expected " + expected + ", found " + describe(p.currentToken()));
            p.skipChildren();
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "a mapping";
                case START_ARRAY -> "a list";
                case VALUE_NULL -> "nothing";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                default -> "text";
            };
        }

        private void report(JsonParser p, String message) {
            problems.add(problem(here(p), message));
        }

        /** The current token's location, spanning its text on its line. */
        private Optional<Location> here(JsonParser p) {
            int length = 1;
            try {
                JsonToken token = p.currentToken();
                if (token == JsonToken.FIELD_NAME) {
                    length = p.currentName().length();
                } else if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    length = p.getText().length();
                }
            } catch (IOException e) {
                // The token's text is already buffered; if it cannot be had, underline one character.
                length = 1;
            }
            return locate(p.currentTokenLocation(), length);
        }

        private Optional<Location> locate(JsonLocation at, int length) {
            if (at == null || at.getLineNr() < 1) {
                return Optional.of(Location.ofFile(source.path()));
            }
            int line = Math.min(at.getLineNr(), source.lineCount());
            int column = Math.max(1, at.getColumnNr());
            String text = source.line(line);
            int lineLength = text.codePointCount(0, text.length());
            // A quoted scalar starts at its quote; underline the quotes too.
            boolean quoted = column <= lineLength && "\"'".indexOf(text.codePointAt(
                    text.offsetByCodePoints(0, column - 1))) >= 0;
            int end = Math.min(column + length + (quoted ? 2 : 0), Math.max(column, lineLength + 1));
            return Optional.of(new Location(source.path(), line, column, line, end));
        }
    }
}
