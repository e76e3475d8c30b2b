package dev.driftguard;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
    /** The migration will fail, or deploy is blocked. */
    ERROR,
    /** The migration succeeds but can hurt production or drifts from the schema. */
    WARNING,
    /** Worth knowing; never fails a run unless asked to. */
    INFO;

    /** Lower-case name as used in JSON, SARIF and configuration. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
    public static java.util.Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
