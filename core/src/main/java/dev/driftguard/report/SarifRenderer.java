package dev.driftguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.config.FindingFingerprints;
import dev.driftguard.rules.RuleMetadata;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 with one run: the tool driver lists a descriptor for every rule that ran or reported (id, short
 * description, help URI, default level), and each finding becomes a result with its level, message, physical
 * location and a {@code driftguard/v1} partial fingerprint that survives edits elsewhere in the file, so code-scanning
 * dashboards track a finding across commits. A finding without location is shown at the top of its migration's file,
 * or of {@link RenderOptions#anchorFile()}, because GitHub rejects results without one. Columns count Unicode code
 * points, as the run's {@code columnKind} says.
 */
public final class SarifRenderer implements ReportRenderer {

    /** Where the SARIF 2.1.0 schema is published; consumers use it to recognise the file. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final String INFORMATION_URI = "https://github.com/driftguard/driftguard";

    /** Partial-fingerprint key; the suffix is bumped if the fingerprint recipe ever changes. */
    static final String FINGERPRINT_KEY = "driftguard/v1";

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        Map<String, Descriptor> descriptors = descriptors(report, options);
        List<String> ruleIds = List.copyOf(descriptors.keySet());
        List<String> fingerprints = FindingFingerprints.of(report.findings(), report.sources());

        ObjectNode log = JsonOutput.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "driftguard");
        options.toolVersion().ifPresent(v -> driver.put("version", v));
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        descriptors.values().forEach(d -> d.writeTo(rules.addObject()));

        ArrayNode results = run.putArray("results");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding finding = report.findings().get(i);
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", ruleIds.indexOf(finding.ruleId()));
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", messageText(finding));
            ArrayNode locations = result.putArray("locations");
            if (finding.location().isPresent()) {
                writeLocation(finding.location().get(), options, locations.addObject());
            } else {
                anchor(finding, report, options).ifPresent(file -> writeAnchor(options.repositoryPath(file),
                        locations.addObject()));
            }
            result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.get(i));
            if (finding.migration().isPresent() || finding.sqlState().isPresent()) {
                ObjectNode properties = result.putObject("properties");
                finding.migration().ifPresent(m -> properties.put("migration", m));
                finding.sqlState().ifPresent(s -> properties.put("sqlState", s));
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        out.append(JsonOutput.WRITER.writeValueAsString(log)).append('\n');
    }

    /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String messageText(Finding finding) {
        return finding.fix().map(fix -> finding.message() + "\nHelp: " + fix).orElse(finding.message());
    }

    private static void writeLocation(Location l, RenderOptions options, ObjectNode location) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", options.repositoryPath(l.file()))
                .put("uriBaseId", "%SRCROOT%");
        physical.putObject("region")
                .put("startLine", l.line())
                .put("startColumn", l.column())
                .put("endLine", l.endLine())
                .put("endColumn", l.endColumn());
    }

    /**
     * The file a finding without location is shown against: its migration's file when the run read it, else the
     * options' anchor file. GitHub code scanning rejects a whole SARIF file if any result lacks a location.
     */
    private static Optional<String> anchor(Finding finding, Report report, RenderOptions options) {
        Optional<String> migrationFile = finding.migration().flatMap(m -> report.sources().keySet().stream()
                .filter(path -> path.startsWith(m + "/") || path.contains("/" + m + "/"))
                .sorted()
                .findFirst());
        return migrationFile.or(options::anchorFile);
    }

    private static void writeAnchor(String file, ObjectNode location) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file).put("uriBaseId", "%SRCROOT%");
        physical.putObject("region").put("startLine", 1);
    }

    /**
     * Every rule the options know, plus any rule id that reported without metadata (such as configuration or
     * suppression diagnostics), sorted by id so the output is stable.
     */
    private static Map<String, Descriptor> descriptors(Report report, RenderOptions options) {
        Map<String, Descriptor> descriptors = new TreeMap<>();
        for (RuleMetadata rule : options.rules()) {
            descriptors.put(rule.id(), new Descriptor(rule.id(), Optional.of(rule)));
        }
        for (Finding finding : report.findings()) {
            descriptors.putIfAbsent(finding.ruleId(), new Descriptor(finding.ruleId(), Optional.empty()));
        }
        return descriptors;
    }

    private record Descriptor(String id, Optional<RuleMetadata> metadata) {

        void writeTo(ObjectNode node) {
            node.put("id", id);
            metadata.ifPresent(m -> {
                node.putObject("shortDescription").put("text", m.summary());
                node.put("helpUri", m.docsUrl());
                node.putObject("defaultConfiguration").put("level", level(m.severity()));
            });
        }
    }
}
