/**
 * Renderers that turn a {@link dev.driftguard.Report} into text for people
 * ({@link dev.driftguard.report.ReportFormat#TEXT}) and for machines: our versioned JSON, SARIF 2.1.0, GitHub Actions
 * workflow commands and JUnit XML. Renderers only produce text; they never print, and never decide the exit code.
 */
package dev.driftguard.report;
