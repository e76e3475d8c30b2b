package dev.driftguard.tools.flyway;

import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.tools.ToolRefusal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flyway's placeholder replacement: {@code ${name}} (prefix and suffix as configured) becomes the configured value,
 * {@code ${flyway:defaultSchema}} and the other built-in names their values; a name with no value is refused, as
 * Flyway refuses it ("No value provided for placeholder"). Lines are kept: values are inserted as they are, so a
 * finding after a placeholder on the same line is off by the difference in length, nothing more.
 */
final class FlywayPlaceholders {

    private final FlywayConfiguration config;
    private final Map<String, String> builtins;

    FlywayPlaceholders(FlywayConfiguration config, String fileName) {
        this.config = config;
        String schema = config.defaultSchema().orElse("public");
        this.builtins = Map.of(
                "flyway:defaultSchema", schema,
                "flyway:user", "flyway",
                "flyway:database", "postgres",
                "flyway:timestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                "flyway:filename", fileName,
                "flyway:workingDirectory", System.getProperty("user.dir", "."),
                "flyway:table", config.table(),
                "flyway:environment", "default");
    }

    /** The text with every known placeholder replaced; each unknown one is a refusal at its position. */
    String replace(SourceFile source, String migration, List<ToolRefusal> refusals) {
        String text = source.text();
        String prefix = config.placeholderPrefix();
        String suffix = config.placeholderSuffix();
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int start = text.indexOf(prefix, from);
            int end = start < 0 ? -1 : text.indexOf(suffix, start + prefix.length());
            if (start < 0 || end < 0) {
                out.append(text, from, text.length());
                return out.toString();
            }
            String name = text.substring(start + prefix.length(), end);
            Optional<String> value = Optional.ofNullable(config.placeholders().get(name))
                    .or(() -> Optional.ofNullable(builtins.get(name)));
            out.append(text, from, start);
            if (value.isPresent()) {
                out.append(value.get());
            } else {
                out.append(text, start, end + suffix.length());
                refusals.add(new ToolRefusal(Severity.ERROR, source.location(start, end + suffix.length()),
                        Optional.of(migration),
                        "Flyway refuses this migration: \"No value provided for placeholder: " + prefix + name
                                + suffix + "\"",
                        "set flyway.placeholders." + name + " in " + config.source().orElse("flyway.conf")
                                + ", or write the value in place"));
            }
            from = end + suffix.length();
        }
    }
}
