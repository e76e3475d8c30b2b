package dev.driftguard.replay;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import java.util.Optional;

/**
 * A rule that threw. One broken rule (a user's custom rule, say) must not take the run down: it becomes an
 * {@code internal-error} finding that names the rule, and the other rules go on.
 */
final class RuleFailure {
    private RuleFailure() {
    }

    static Finding of(Rule rule, RuntimeException e, Optional<Location> location, Optional<String> migration) {
        String ruleId;
        try {
            ruleId = rule.metadata().id();
        } catch (RuntimeException metadataFailure) {
            ruleId = rule.getClass().getName();
        }
        return new Finding("internal-error", Severity.ERROR,
                "rule " + ruleId + " failed here: " + e.getClass().getSimpleName()
                        + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse(""),
                location, migration, Optional.of("report this to the rule's author; the other rules ran"),
                Optional.empty());
    }
}
