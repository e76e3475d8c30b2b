package dev.driftguard.config;

import dev.driftguard.Finding;
import java.util.List;

/**
 * What inline suppression left.
 *
 * @param findings   the findings to report: those not suppressed, plus {@code unused-ignore} and
 *                   {@code malformed-ignore} findings for ignore comments that suppress nothing or cannot be read
 * @param suppressed the findings an ignore comment suppressed, for a count in the summary or a verbose listing
 */
public record SuppressionOutcome(List<Finding> findings, List<Finding> suppressed) {

    public SuppressionOutcome {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }
}
