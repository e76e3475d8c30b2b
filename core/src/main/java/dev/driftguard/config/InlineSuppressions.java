package dev.driftguard.config;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ignore comments written in SQL files:
 * <pre>
 * -- driftguard-ignore mutable-function-in-index-predicate: the predicate is rebuilt nightly
 * CREATE INDEX ... WHERE created_at &gt; now() - interval '30 days';
 *
 * -- driftguard-ignore-file missing-relation, missing-type
 * </pre>
 * {@code driftguard-ignore rule-id[, rule-id][: reason]} on a comment line right above a statement (possibly among
 * other comment lines, but with no blank line between) suppresses those rules' findings located anywhere in that
 * statement; placed above a line inside a statement, it covers that line only. {@code driftguard-ignore-file} anywhere
 * in a file suppresses the rules in the whole file. An ignore that suppresses nothing is reported as
 * {@value #UNUSED_IGNORE}, and a directive that names no valid rule id as {@value #MALFORMED_IGNORE}, both warnings
 * located at the comment. Only whole-line {@code --} comments are read.
 */
public final class InlineSuppressions {

    /** Rule id of findings for ignore comments that suppress nothing. */
    public static final String UNUSED_IGNORE = "unused-ignore";

    /** Rule id of findings for ignore comments that cannot be read. */
    public static final String MALFORMED_IGNORE = "malformed-ignore";

    /** Metadata of the two rules above, for rule listings, configuration and SARIF descriptors. */
    public static final List<RuleMetadata> RULES = List.of(
            new RuleMetadata(UNUSED_IGNORE, Severity.WARNING,
                    "A driftguard-ignore comment suppresses nothing", "docs/suppression.md"),
            new RuleMetadata(MALFORMED_IGNORE, Severity.WARNING,
                    "A driftguard-ignore comment names no valid rule id", "docs/suppression.md"));

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*(driftguard-ignore\\S*?)(?=[\\s:,]|$)(.*)$");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SYNTAX = "write -- driftguard-ignore rule-id[, rule-id]: reason";

    private InlineSuppressions() {
    }

    /**
     * Removes the findings that ignore comments in {@code files} suppress. Findings in other files, and findings
     * without a location, are kept as they are. Apply it before the configuration, so that an ignore for a rule the
     * configuration turns off is not reported as unused.
     */
    public static SuppressionOutcome apply(List<Finding> findings, List<StatementLines> files) {
        Map<String, List<Directive>> byFile = new HashMap<>();
        List<Finding> reported = new ArrayList<>();
        for (StatementLines file : files) {
            byFile.put(file.source().path(), parse(file, reported));
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Location> location = finding.location();
            List<Directive> directives = location.map(l -> byFile.getOrDefault(l.file(), List.of())).orElse(List.of());
            boolean hit = false;
            for (Directive directive : directives) {
                hit |= directive.suppress(finding.ruleId(), location.get().line());
            }
            (hit ? suppressed : kept).add(finding);
        }
        for (StatementLines file : files) {
            for (Directive directive : byFile.get(file.source().path())) {
                reported.addAll(directive.unused(file));
            }
        }
        kept.addAll(reported);
        return new SuppressionOutcome(kept, suppressed);
    }

    private static List<Directive> parse(StatementLines file, List<Finding> malformed) {
        SourceFile source = file.source();
        List<Directive> directives = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            Matcher m = DIRECTIVE.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Location comment = span(source, line, text.indexOf("--"), text.length());
            String word = m.group(1);
            boolean wholeFile = word.equals("driftguard-ignore-file");
            if (!wholeFile && !word.equals("driftguard-ignore")) {
                malformed.add(finding(MALFORMED_IGNORE, "unknown directive \"" + word
                        + "\"; use driftguard-ignore or driftguard-ignore-file", comment, file));
                continue;
            }
            String rest = m.group(2);
            int colon = rest.indexOf(':');
            String idList = colon < 0 ? rest : rest.substring(0, colon);
            int idsStart = m.start(2);
            Map<String, Location> ids = new LinkedHashMap<>();
            boolean anyBadId = false;
            int offset = 0;
            for (String part : idList.split(",", -1)) {
                String id = part.strip();
                int at = idsStart + offset + (part.length() - part.stripLeading().length());
                offset += part.length() + 1;
                if (id.isEmpty()) {
                    continue;
                }
                if (!RULE_ID.matcher(id).matches()) {
                    malformed.add(finding(MALFORMED_IGNORE, "\"" + id + "\" is not a rule id; rule ids are "
                            + "separated by commas and the reason follows a colon", span(source, line, at,
                            at + id.length()), file));
                    anyBadId = true;
                    continue;
                }
                ids.putIfAbsent(id, span(source, line, at, at + id.length()));
            }
            if (ids.isEmpty()) {
                // A directive whose ids were all bad was reported id by id already.
                if (!anyBadId) {
                    malformed.add(finding(MALFORMED_IGNORE, word + " names no rule id", comment, file));
                }
                continue;
            }
            Optional<LineRange> target = wholeFile ? Optional.empty() : target(file, line);
            directives.add(new Directive(wholeFile, target, ids, comment, new LinkedHashSet<>()));
        }
        return directives;
    }

    /** The lines a statement-level ignore on {@code line} covers. */
    private static Optional<LineRange> target(StatementLines file, int line) {
        SourceFile source = file.source();
        int next = line + 1;
        while (next <= source.lineCount() && source.line(next).strip().startsWith("--")) {
            next++;
        }
        if (next > source.lineCount() || source.line(next).isBlank()) {
            return Optional.empty();
        }
        Optional<LineRange> statement = file.statementStartingAt(next);
        if (statement.isPresent()) {
            return statement;
        }
        // Inside a statement, or in a file whose statements were not given: the line below only.
        return Optional.of(new LineRange(next, next));
    }

    private static Location span(SourceFile source, int line, int fromChar, int toChar) {
        String text = source.line(line);
        int from = text.codePointCount(0, Math.max(0, fromChar)) + 1;
        int to = text.codePointCount(0, Math.min(text.length(), toChar)) + 1;
        return new Location(source.path(), line, from, line, Math.max(from, to));
    }

    private static Finding finding(String ruleId, String message, Location location, StatementLines file) {
        String fix = ruleId.equals(UNUSED_IGNORE)
                ? "remove the comment, or correct the rule id"
                : SYNTAX;
        return new Finding(ruleId, Severity.WARNING, message, Optional.of(location), file.migration(),
                Optional.of(fix), Optional.empty());
    }

    /**
     * One ignore comment.
     *
     * @param target the lines a statement-level ignore covers; empty for a file-level one, or when it is above no
     *               statement
     * @param used   the rule ids that suppressed something
     */
    private record Directive(boolean wholeFile, Optional<LineRange> target, Map<String, Location> ids,
                             Location comment, Set<String> used) {

        boolean suppress(String ruleId, int line) {
            boolean applies = ids.containsKey(ruleId)
                    && (wholeFile || target.map(t -> t.contains(line)).orElse(false));
            if (applies) {
                used.add(ruleId);
            }
            return applies;
        }

        List<Finding> unused(StatementLines file) {
            if (!wholeFile && target.isEmpty()) {
                return List.of(finding(UNUSED_IGNORE,
                        "driftguard-ignore is not directly above a statement, so it suppresses nothing", comment,
                        file));
            }
            List<Finding> unused = new ArrayList<>();
            ids.forEach((id, location) -> {
                if (!used.contains(id)) {
                    unused.add(finding(UNUSED_IGNORE, wholeFile
                            ? "driftguard-ignore-file " + id + " suppresses nothing in this file"
                            : "driftguard-ignore " + id + " suppresses nothing in the statement below", location,
                            file));
                }
            });
            return unused;
        }
    }
}
