package dev.driftguard.report;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations on the pull request:
 * <pre>
 * ::error file=db/m.sql,line=9,col=42,endLine=9,endColumn=54,title=missing-relation::relation "SocialPost" ...
 * </pre>
 * Errors become {@code error}, warnings {@code warning} and infos {@code notice}. Values are escaped as the Actions
 * runner expects ({@code actions/toolkit}'s {@code escapeData}/{@code escapeProperty}): {@code %}, CR and LF
 * everywhere, and also {@code :} and {@code ,} in properties. Columns are given only for a span on one line, as
 * GitHub ignores them otherwise.
 */
public final class GithubActionsRenderer implements ReportRenderer {

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        for (Finding finding : report.findings()) {
            out.append("::").append(command(finding.severity()));
            List<String> properties = new ArrayList<>();
            finding.location().ifPresent(l -> addLocation(l, options.repositoryPath(l.file()), properties));
            properties.add("title=" + escapeProperty(finding.ruleId()));
            out.append(' ').append(String.join(",", properties));
            out.append("::").append(escapeData(data(finding))).append('\n');
        }
    }

    private static void addLocation(Location l, String file, List<String> properties) {
        properties.add("file=" + escapeProperty(file));
        properties.add("line=" + l.line());
        if (l.endLine() == l.line()) {
            properties.add("col=" + l.column());
        }
        properties.add("endLine=" + l.endLine());
        if (l.endLine() == l.line()) {
            properties.add("endColumn=" + l.endColumn());
        }
    }

    private static String data(Finding finding) {
        StringBuilder text = new StringBuilder(finding.message());
        if (finding.location().isEmpty()) {
            finding.migration().ifPresent(m -> text.append("\nmigration: ").append(m));
        }
        finding.fix().ifPresent(fix -> text.append("\nhelp: ").append(fix));
        finding.sqlState().ifPresent(s -> text.append("\ndeploy fails with SQLSTATE ").append(s));
        return text.toString();
    }

    /** The workflow command for a severity. */
    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message, as {@code escapeData} in actions/toolkit's {@code command.ts}. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value, as {@code escapeProperty} in actions/toolkit's {@code command.ts}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
