package dev.driftguard.rules;

/**
 * Marks a rule that reads only the target's migration history and the local migrations folder, so that
 * {@code driftguard status} can run exactly those.
 */
public interface HistoryRule extends Rule {
}
