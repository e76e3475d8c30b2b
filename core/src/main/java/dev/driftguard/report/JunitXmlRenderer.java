package dev.driftguard.report;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, as CI servers show test results: one {@code <testsuite>} named after the project, one
 * {@code <testcase>} per migration (class name {@code <project>.migrations}), and one per rule for findings that
 * belong to no migration (class name {@code <project>}). Checked migrations come from {@link Report#migrations()}
 * and {@link RenderOptions#migrations()}, so those without findings show as passing. A test case fails with a
 * single {@code <failure>} that lists
 * its failing findings: errors always, other findings when at or above the fail threshold; the rest go to its
 * {@code <system-out>}. Text is escaped for XML 1.0, where control characters cannot appear even as references, so
 * they are written as {@code \u001B}-style escapes.
 */
public final class JunitXmlRenderer implements ReportRenderer {

    @Override
    public void render(Report report, RenderOptions options, Appendable out) throws IOException {
        List<TestCase> cases = testCases(report, options);
        long failures = cases.stream().filter(c -> !c.failing(options).isEmpty()).count();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"").append(attribute(options.projectName()))
                .append("\" tests=\"").append(Integer.toString(cases.size()))
                .append("\" failures=\"").append(Long.toString(failures))
                .append("\" errors=\"0\" skipped=\"0\">\n");
        for (TestCase testCase : cases) {
            testCase.writeTo(out, options);
        }
        out.append("</testsuite>\n");
    }

    private static List<TestCase> testCases(Report report, RenderOptions options) {
        Map<String, List<Finding>> byMigration = new LinkedHashMap<>();
        report.migrations().forEach(m -> byMigration.putIfAbsent(m, new ArrayList<>()));
        options.migrations().forEach(m -> byMigration.putIfAbsent(m, new ArrayList<>()));
        Map<String, List<Finding>> unlisted = new TreeMap<>();
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            if (finding.migration().isPresent()) {
                String migration = finding.migration().get();
                (byMigration.containsKey(migration) ? byMigration : unlisted)
                        .computeIfAbsent(migration, m -> new ArrayList<>()).add(finding);
            } else {
                byRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
            }
        }
        byMigration.putAll(unlisted);
        List<TestCase> cases = new ArrayList<>();
        String migrationsClass = options.projectName() + ".migrations";
        byMigration.forEach((name, findings) -> cases.add(new TestCase(migrationsClass, name, findings)));
        byRule.forEach((rule, findings) -> cases.add(new TestCase(options.projectName(), rule, findings)));
        return cases;
    }

    private record TestCase(String className, String name, List<Finding> findings) {

        List<Finding> failing(RenderOptions options) {
            return findings.stream().filter(f -> options.fails(f.severity())).toList();
        }

        void writeTo(Appendable out, RenderOptions options) throws IOException {
            List<Finding> failing = failing(options);
            List<Finding> passing = findings.stream().filter(f -> !options.fails(f.severity())).toList();
            out.append("  <testcase classname=\"").append(attribute(className))
                    .append("\" name=\"").append(attribute(name)).append('"');
            if (failing.isEmpty() && passing.isEmpty()) {
                out.append("/>\n");
                return;
            }
            out.append(">\n");
            if (!failing.isEmpty()) {
                Finding first = failing.get(0);
                String message = failing.size() == 1
                        ? first.ruleId() + ": " + first.message()
                        : failing.size() + " findings: " + String.join(", ",
                                failing.stream().map(Finding::ruleId).distinct().toList());
                out.append("    <failure message=\"").append(attribute(message))
                        .append("\" type=\"").append(attribute(first.ruleId())).append("\">")
                        .append(text(describe(failing))).append("</failure>\n");
            }
            if (!passing.isEmpty()) {
                out.append("    <system-out>").append(text(describe(passing))).append("</system-out>\n");
            }
            out.append("  </testcase>\n");
        }
    }

    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.severity().label()).append('[').append(f.ruleId()).append("]: ").append(f.message())
                    .append('\n');
            f.location().ifPresent(l -> text.append("  at ").append(l).append('\n'));
            f.fix().ifPresent(fix -> text.append("  help: ").append(fix).append('\n'));
            f.sqlState().ifPresent(s -> text.append("  deploy fails with SQLSTATE ").append(s).append('\n'));
        }
        return text.toString();
    }

    /** Escapes character data. */
    static String text(String raw) {
        return escape(raw, false);
    }

    /** Escapes an attribute value; tabs and line ends become references so attribute normalization keeps them. */
    static String attribute(String raw) {
        return escape(raw, true);
    }

    private static String escape(String raw, boolean attribute) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(String.format("\\u%04X", cp));
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's {@code Char} production; lone surrogates arrive here as code points in D800-DFFF and fail it. */
    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
