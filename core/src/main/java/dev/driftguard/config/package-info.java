/**
 * What a project says about how Driftguard runs on it: {@code driftguard.yaml} ({@link
 * dev.driftguard.config.DriftguardConfigLoader}, {@link dev.driftguard.config.DriftguardConfig}), inline
 * {@code -- driftguard-ignore} comments ({@link dev.driftguard.config.InlineSuppressions}), and the baseline of
 * accepted findings ({@link dev.driftguard.config.Baseline}).
 * <p>
 * {@link dev.driftguard.config.FindingPolicy} applies them in this order: rules report, inline suppressions remove
 * what the SQL says to ignore (and report ignores that suppress nothing), the configuration drops disabled rules and
 * ignored paths and re-grades severities, and the baseline keeps only findings that are new.
 */
package dev.driftguard.config;
