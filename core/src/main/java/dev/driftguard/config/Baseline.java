package dev.driftguard.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The findings a team has accepted for now, so that a run reports only new ones. Each entry is identified by its
 * {@link FindingFingerprints fingerprint}, which ignores line numbers: a finding stays baselined when lines are
 * inserted above it, and becomes new when its offending token changes. The file is versioned JSON:
 * <pre>
 * {"version": 1,
 *  "findings": [{"fingerprint": "…", "ruleId": "…", "file": "…", "migration": "…", "message": "…"}]}
 * </pre>
 * where only {@code fingerprint} decides; the other fields are there for people reviewing the file.
 *
 * @param entries the accepted findings
 */
public record Baseline(List<Baseline.Entry> entries) {

    /** Version of the file format; files of other versions are refused. */
    public static final int VERSION = 1;

    /** Rule id of the findings that describe an unusable baseline file. */
    public static final String INVALID_BASELINE = "invalid-baseline";

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    public Baseline {
        entries = List.copyOf(entries);
    }

    /**
     * One accepted finding.
     *
     * @param fingerprint its identity, see {@link FindingFingerprints}
     * @param ruleId      the rule that reported it
     * @param file        the file it was in, when it had a location
     * @param migration   the migration it belonged to, when it did
     * @param message     what it said, for people reading the file
     */
    @JsonPropertyOrder({"fingerprint", "ruleId", "file", "migration", "message"})
    public record Entry(String fingerprint, String ruleId, Optional<String> file, Optional<String> migration,
                        String message) {

        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(migration, "migration");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A baseline that accepts every finding of {@code report}. */
    public static Baseline of(Report report) {
        List<String> fingerprints = FindingFingerprints.of(report.findings(), report.sources());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            entries.add(new Entry(fingerprints.get(i), f.ruleId(), f.location().map(Location::file), f.migration(),
                    f.message()));
        }
        return new Baseline(entries);
    }

    /** Records today's findings of {@code report} in {@code file}, replacing what it held. */
    public static void write(Report report, Path file) throws IOException {
        of(report).writeTo(file);
    }

    /** Writes this baseline to {@code file}. */
    public void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, WRITER.writeValueAsString(new BaselineFile(VERSION, entries)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The findings of {@code report} that this baseline does not accept, in report order. */
    public List<Finding> newFindings(Report report) {
        return newFindings(report.findings(), report.sources());
    }

    /**
     * The findings that this baseline does not accept, in the order given.
     *
     * @param sources the files the findings point into, for their fingerprints
     */
    public List<Finding> newFindings(List<Finding> findings, Map<String, SourceFile> sources) {
        Set<String> accepted = new HashSet<>();
        entries.forEach(e -> accepted.add(e.fingerprint()));
        List<String> fingerprints = FindingFingerprints.of(findings, sources);
        List<Finding> fresh = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!accepted.contains(fingerprints.get(i))) {
                fresh.add(findings.get(i));
            }
        }
        return fresh;
    }

    /**
     * Reads a baseline file. A missing, unreadable, corrupt or other-version file gives problems that say which
     * and where, never an exception.
     */
    public static LoadResult<Baseline> read(Path file) {
        String name = file.toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            return invalid(name, Optional.empty(), "baseline file " + name + " does not exist; create it with "
                    + "--write-baseline", Optional.empty());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return invalid(name, Optional.empty(), "cannot read baseline file " + name + ": " + e.getMessage(),
                    Optional.empty());
        }
        SourceFile source = new SourceFile(name, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            Optional<Location> at = Optional.ofNullable(e.getLocation())
                    .filter(l -> l.getLineNr() >= 1 && l.getLineNr() <= source.lineCount())
                    .map(l -> new Location(name, l.getLineNr(), Math.max(1, l.getColumnNr()), l.getLineNr(),
                            Math.max(1, l.getColumnNr()) + 1));
            return invalid(name, at, "baseline file " + name + " is not valid JSON: " + e.getOriginalMessage(),
                    Optional.of(source));
        }
        List<String> errors = new ArrayList<>();
        List<Entry> entries = entries(root, errors);
        if (!errors.isEmpty()) {
            return LoadResult.invalid(errors.stream()
                    .map(message -> problem(name, Optional.of(Location.ofFile(name)),
                            "baseline file " + name + ": " + message))
                    .toList(), Optional.of(source));
        }
        return LoadResult.loaded(new Baseline(entries), Optional.of(source));
    }

    private static List<Entry> entries(JsonNode root, List<String> errors) {
        if (root == null || !root.isObject()) {
            errors.add("expected a JSON object with \"version\" and \"findings\"");
            return List.of();
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt()) {
            errors.add("\"version\" is missing or not a number");
            return List.of();
        }
        if (version.intValue() != VERSION) {
            errors.add("version " + version.intValue() + " is not supported; this Driftguard reads version "
                    + VERSION + " (write the baseline again with --write-baseline)");
            return List.of();
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            errors.add("\"findings\" is missing or not a list");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode entry = findings.get(i);
            String where = "findings[" + i + "]";
            Optional<String> fingerprint = text(entry, "fingerprint");
            Optional<String> ruleId = text(entry, "ruleId");
            if (fingerprint.isEmpty() || !FINGERPRINT.matcher(fingerprint.get()).matches()) {
                errors.add(where + ".fingerprint: expected 64 lower-case hex digits");
            } else if (ruleId.isEmpty()) {
                errors.add(where + ".ruleId: expected a rule id");
            } else {
                entries.add(new Entry(fingerprint.get(), ruleId.get(), text(entry, "file"),
                        text(entry, "migration"), text(entry, "message").orElse("")));
            }
        }
        return entries;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    private static LoadResult<Baseline> invalid(String name, Optional<Location> at, String message,
                                                Optional<SourceFile> source) {
        return LoadResult.invalid(List.of(problem(name, at.or(() -> Optional.of(Location.ofFile(name))), message)),
                source);
    }

    private static Finding problem(String name, Optional<Location> at, String message) {
        return new Finding(INVALID_BASELINE, Severity.ERROR, message, at, Optional.empty(),
                Optional.of("fix or delete " + name + ", or write it again with --write-baseline"), Optional.empty());
    }

    /** The file's shape. */
    @JsonPropertyOrder({"version", "findings"})
    private record BaselineFile(int version, List<Entry> findings) {
    }
}
