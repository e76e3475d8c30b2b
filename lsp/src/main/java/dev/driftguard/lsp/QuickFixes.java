package dev.driftguard.lsp;

import dev.driftguard.SourceFile;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The fixes that are mechanical: the same text edit whatever the migration means. Each is offered only where it is
 * safe as written, e.g. {@code CONCURRENTLY} only in a file of one statement, since a file of several runs as one
 * transaction block and PostgreSQL refuses a concurrent build there.
 */
final class QuickFixes {

    private static final String LEADING = "^(?:\\s+|--[^\\n]*\\n?|/\\*.*?\\*/)*";
    private static final Pattern CREATE_INDEX = Pattern.compile(
            LEADING + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b(?!\\s+CONCURRENTLY\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** CREATE statements that take IF NOT EXISTS, up to where it goes; a nameless CREATE INDEX ... ON cannot. */
    private static final Pattern CREATE_IF_NOT_EXISTS = Pattern.compile(LEADING + "CREATE\\s+(?:"
                    + "(?:UNIQUE\\s+)?INDEX(?:\\s+CONCURRENTLY)?(?=\\s+(?!ON\\b|IF\\b)\\S)"
                    + "|(?:(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMP|TEMPORARY)\\s+|UNLOGGED\\s+)?TABLE(?=\\s+(?!IF\\b)\\S)"
                    + "|(?:SCHEMA|EXTENSION|SEQUENCE|MATERIALIZED\\s+VIEW)(?=\\s+(?!IF\\b)\\S))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ADD_COLUMN = Pattern.compile("\\bADD\\s+COLUMN\\b(?!\\s+IF\\b)",
            Pattern.CASE_INSENSITIVE);
    static final String LOCK_TIMEOUT = "SET lock_timeout = '5s';";

    private final String uri;
    private final TextLines lines;
    private final List<SqlStatement> statements;

    QuickFixes(String uri, String reportPath, String text) {
        this.uri = uri;
        this.lines = new TextLines(text);
        this.statements = new SqlFrontEnd().parse(new SourceFile(reportPath, text)).statements();
    }

    /** The fixes for the diagnostics the editor sent, then the rewrites that apply anywhere in {@code range}. */
    List<CodeAction> actions(Range range, List<Diagnostic> diagnostics) {
        Map<String, CodeAction> actions = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (!FindingDiagnostics.SOURCE.equals(d.getSource()) || d.getCode() == null || !d.getCode().isLeft()) {
                continue;
            }
            Optional<SqlStatement> statement = statementAt(lines.offset(d.getRange().getStart()));
            switch (d.getCode().getLeft()) {
                case "non-concurrent-index" -> statement.flatMap(this::concurrently)
                        .ifPresent(a -> add(actions, fix(a, d)));
                case "duplicate-object" -> statement.flatMap(this::ifNotExists).ifPresent(a -> add(actions, fix(a, d)));
                case "missing-lock-timeout" -> lockTimeout().ifPresent(a -> add(actions, fix(a, d)));
                default -> { }
            }
        }
        int start = lines.offset(range.getStart());
        int end = lines.offset(range.getEnd());
        for (SqlStatement s : statements) {
            if (s.span().start() <= end && s.span().end() >= start) {
                ifNotExists(s).ifPresent(a -> {
                    a.setKind(CodeActionKind.RefactorRewrite);
                    add(actions, a);
                });
            }
        }
        return List.copyOf(actions.values());
    }

    private static void add(Map<String, CodeAction> actions, CodeAction action) {
        actions.putIfAbsent(action.getTitle(), action);
    }

    private static CodeAction fix(CodeAction action, Diagnostic diagnostic) {
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setIsPreferred(true);
        return action;
    }

    private Optional<SqlStatement> statementAt(int offset) {
        return statements.stream().filter(s -> offset >= s.span().start() && offset <= s.span().end()).findFirst();
    }

    private Optional<CodeAction> concurrently(SqlStatement statement) {
        if (statements.size() != 1) {
            return Optional.empty();
        }
        Matcher m = CREATE_INDEX.matcher(statement.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(action("Build the index CONCURRENTLY",
                List.of(insert(statement.span().start() + m.end(), " CONCURRENTLY"))));
    }

    private Optional<CodeAction> ifNotExists(SqlStatement statement) {
        List<TextEdit> edits = new ArrayList<>();
        Matcher create = CREATE_IF_NOT_EXISTS.matcher(statement.text());
        if (create.find()) {
            edits.add(insert(statement.span().start() + create.end(), " IF NOT EXISTS"));
        } else if (statement.text().regionMatches(true, 0, "ALTER", 0, 5)) {
            Matcher add = ADD_COLUMN.matcher(statement.text());
            while (add.find()) {
                edits.add(insert(statement.span().start() + add.end(), " IF NOT EXISTS"));
            }
        }
        return edits.isEmpty() ? Optional.empty() : Optional.of(action("Add IF NOT EXISTS", edits));
    }

    private Optional<CodeAction> lockTimeout() {
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        int at = lines.lineStart(statements.get(0).span().start());
        return Optional.of(action("Set lock_timeout = '5s' first", List.of(insert(at, LOCK_TIMEOUT + "\n"))));
    }

    private TextEdit insert(int offset, String text) {
        var position = lines.positionOf(offset);
        return new TextEdit(new Range(position, position), text);
    }

    private CodeAction action(String title, List<TextEdit> edits) {
        CodeAction action = new CodeAction(title);
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }
}
