package dev.driftguard.config;

import dev.driftguard.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code driftguard.yaml} says about one rule.
 *
 * @param enabled  false when the rule is turned {@code off}
 * @param severity the severity its findings get instead of the rule's default, when one is given
 */
public record RuleSetting(boolean enabled, Optional<Severity> severity) {

    /** A rule the configuration does not mention: enabled, with its default severity. */
    public static final RuleSetting DEFAULT = new RuleSetting(true, Optional.empty());

    public RuleSetting {
        Objects.requireNonNull(severity, "severity");
    }

    /** A rule turned off. */
    public static RuleSetting off() {
        return new RuleSetting(false, Optional.empty());
    }

    /** A rule whose findings get {@code severity}. */
    public static RuleSetting withSeverity(Severity severity) {
        return new RuleSetting(true, Optional.of(severity));
    }
}
