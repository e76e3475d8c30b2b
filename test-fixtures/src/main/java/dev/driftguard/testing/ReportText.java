package dev.driftguard.testing;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.report.ReportFormat;
import java.util.List;

/** Findings as assertion messages show them: the text reporter's output, without colors. */
final class ReportText {

    private ReportText() {
    }

    /** {@code shown}, rendered with the report's sources so each finding shows its source line. */
    static String render(Report report, List<Finding> shown) {
        Report subset = new Report(shown, report.sources(), report.migrations());
        return ReportFormat.TEXT.renderer().render(subset, RenderOptions.defaults());
    }
}
