package dev.driftguard.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Driftguard's own JSON, a contract other tools script against (schema: {@code docs/report-schema.json}):
 * <pre>
 * {"version":1,
 *  "tool":{"name":"driftguard","version"},
 *  "findings":[{"ruleId","severity":"error|warning|info","message",
 *               "location":{"file","line","column","endLine","endColumn"},"migration","fix","sqlState"}],
 *  "summary":{"errors","warnings","infos"}}
 * </pre>
 * {@code tool} is there when the options name Driftguard's version ({@link RenderOptions#toolVersion()}, which the CLI
 * always sets), so a stored report says which build wrote it. {@code location}, {@code migration}, {@code fix} and
 * {@code sqlState} are left out when absent; lines and columns
 * are 1-based, columns count Unicode code points, and the end is exclusive. A change that breaks readers bumps
 * {@link #VERSION}.
 */
public final class JsonRenderer implements ReportRenderer {

    /** The version of the JSON shape; readers should check it. */
    public static final int VERSION = 1;

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        List<JsonFinding> findings = report.findings().stream().map(JsonFinding::of).toList();
        JsonSummary summary = new JsonSummary(report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO));
        Optional<JsonTool> tool = options.toolVersion().map(v -> new JsonTool("driftguard", v));
        out.append(JsonOutput.WRITER.writeValueAsString(new JsonReport(VERSION, tool, findings, summary)))
                .append('\n');
    }

    @JsonPropertyOrder({"version", "tool", "findings", "summary"})
    private record JsonReport(int version, Optional<JsonTool> tool, List<JsonFinding> findings,
                              JsonSummary summary) {
    }

    @JsonPropertyOrder({"name", "version"})
    private record JsonTool(String name, String version) {
    }

    @JsonPropertyOrder({"ruleId", "severity", "message", "location", "migration", "fix", "sqlState"})
    private record JsonFinding(String ruleId, String severity, String message, Optional<JsonLocation> location,
                               Optional<String> migration, Optional<String> fix, Optional<String> sqlState) {

        static JsonFinding of(Finding f) {
            return new JsonFinding(f.ruleId(), f.severity().label(), f.message(), f.location().map(JsonLocation::of),
                    f.migration(), f.fix(), f.sqlState());
        }
    }

    @JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn"})
    private record JsonLocation(String file, int line, int column, int endLine, int endColumn) {

        static JsonLocation of(Location l) {
            return new JsonLocation(l.file(), l.line(), l.column(), l.endLine(), l.endColumn());
        }
    }

    @JsonPropertyOrder({"errors", "warnings", "infos"})
    private record JsonSummary(long errors, long warnings, long infos) {
    }
}
