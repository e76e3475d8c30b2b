package dev.driftguard.rules;

/**
 * A check. Implement one or both hooks, annotate the class with {@link RuleInfo}, and register it with
 * {@code Driftguard}'s builder or through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.driftguard.rules.Rule}).
 * A rule instance may be called from several threads at once and must keep no state between calls.
 */
public interface Rule {

    /** The rule's metadata; by default read from its {@link RuleInfo}. */
    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }

    /** Called for each statement of each pending migration, before replay applies it to the catalog. */
    default void checkStatement(StatementContext context) {
    }

    /** Called once per run, after replay. */
    default void checkProject(ProjectContext context) {
    }
}
