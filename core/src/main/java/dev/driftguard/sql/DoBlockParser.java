package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of a {@code DO $$ ... $$} block written the way migration tools write them: a {@code BEGIN ... END}
 * holding plain statements, optionally guarded by {@code IF [NOT] EXISTS (...) THEN ... END IF} and followed by an
 * {@code EXCEPTION WHEN ... THEN ...} handler. Anything more procedural (EXECUTE, loops, variables, ELSE branches)
 * makes the block not understood, since its effect cannot be known without running it.
 */
final class DoBlockParser {
    private static final Set<String> PROCEDURAL = Set.of("begin", "execute", "perform", "return", "loop", "for", "while",
            "foreach", "declare", "get", "open", "fetch", "close", "call", "else", "elsif", "elseif", "case",
            "exit", "continue", "assert", "move");

    private final String source;
    private final StatementParser statements;

    DoBlockParser(String source, StatementParser statements) {
        this.source = source;
        this.statements = statements;
    }

    private static Command notUnderstood() {
        return new Command.DoBlock(List.of(), false);
    }

    /** The block whose body is the string token {@code body}. */
    Command parse(Token body) {
        if (source.charAt(body.start()) != '$') {
            return notUnderstood();
        }
        int tagLength = source.indexOf('$', body.start() + 1) - body.start() + 1;
        List<Token> tokens = PgScanner.scan(source, body.start() + tagLength, body.end() - tagLength);
        if (tokens.isEmpty() || !tokens.get(0).isWord("begin")
                || tokens.stream().anyMatch(t -> t.kind() == Token.Kind.ERROR)) {
            return notUnderstood();
        }
        List<List<Token>> segments = segments(tokens.subList(1, tokens.size()));
        List<SqlStatement> recognised = new ArrayList<>();
        for (List<Token> segment : segments) {
            Token first = segment.get(0);
            if (first.isWord("exception") || (first.isWord("end") && segment.size() <= 2 && !isEndIf(segment))) {
                // the handler only runs when a statement failed; the block's effect is its statement list
                return new Command.DoBlock(recognised, true);
            }
            if (isEndIf(segment) || first.isWord("null") && segment.size() == 1 || first.isWord("raise")) {
                continue;
            }
            List<Token> statement = segment;
            if (first.isWord("if")) {
                int then = indexOfThen(segment);
                if (then < 0) {
                    return notUnderstood();
                }
                statement = segment.subList(then + 1, segment.size());
                if (statement.isEmpty()) {
                    continue;
                }
            }
            Token head = statement.get(0);
            if (head.kind() != Token.Kind.WORD || PROCEDURAL.contains(head.value()) || isAssignment(statement)) {
                return notUnderstood();
            }
            Token last = statement.get(statement.size() - 1);
            StatementSplitter.RawStatement raw =
                    new StatementSplitter.RawStatement(new Span(head.start(), last.end()), statement);
            SqlStatement parsed = statements.parse(raw);
            if (parsed.command() instanceof Command.Unparsed || parsed.command() instanceof Command.DoBlock
                    || parsed.command() instanceof Command.DataChange change && change.selectInto().isPresent()) {
                // In PL/pgSQL, SELECT ... INTO assigns variables instead of creating a table.
                return notUnderstood();
            }
            recognised.add(parsed);
        }
        return notUnderstood();
    }

    private static boolean isEndIf(List<Token> segment) {
        return segment.size() == 2 && segment.get(0).isWord("end") && segment.get(1).isWord("if");
    }

    private static boolean isAssignment(List<Token> statement) {
        return statement.size() > 1 && (statement.get(1).isOperator(":=") || statement.get(1).isPunct(":")
                || statement.get(1).isOperator("="));
    }

    private static int indexOfThen(List<Token> segment) {
        int depth = 0;
        for (int i = 0; i < segment.size(); i++) {
            Token token = segment.get(i);
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
            } else if (depth == 0 && token.isWord("then")) {
                return i;
            }
        }
        return -1;
    }

    /** The body's statements: its tokens cut at semicolons outside parentheses. */
    private static List<List<Token>> segments(List<Token> tokens) {
        List<List<Token>> segments = new ArrayList<>();
        int first = 0;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
            } else if (token.isPunct(";") && depth == 0) {
                if (i > first) {
                    segments.add(tokens.subList(first, i));
                }
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            segments.add(tokens.subList(first, tokens.size()));
        }
        return segments;
    }
}
