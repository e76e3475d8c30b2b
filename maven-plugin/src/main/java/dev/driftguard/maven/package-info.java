/**
 * The Maven plugin: {@code driftguard:lint} runs the lint of {@code driftguard lint} in a Maven build.
 *
 * <p>{@link dev.driftguard.maven.LintMojo} is the goal and the only public type. It turns Maven's parameters into
 * {@code LintSettings} (typed, checked, no nulls), {@code ProjectLint} wires core as the CLI does (configuration,
 * target, rules, render options), and {@code ReportFile} writes each report whole or not at all. The plugin depends
 * on core and prisma-parser only, never on the CLI.
 */
package dev.driftguard.maven;
