package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements at top-level semicolons, with PostgreSQL's quoting and comment rules (see
 * {@link PgScanner}). The file is scanned once; each statement keeps its tokens so that it is never scanned again.
 */
final class StatementSplitter {

    /**
     * One statement's tokens (the semicolon excluded).
     *
     * @param span from the first token to just before the terminating semicolon, or to the end of the last token when
     *             the file ends without one
     */
    record RawStatement(Span span, List<Token> tokens) {
    }

    private StatementSplitter() {
    }

    static List<RawStatement> split(String text) {
        return split(PgScanner.scan(text));
    }

    static List<RawStatement> split(List<Token> tokens) {
        List<RawStatement> statements = new ArrayList<>();
        int first = 0;
        // Inside a SQL-standard function body (BEGIN ATOMIC ... END) semicolons end the body's statements, not
        // ours; like psql, count BEGIN and CASE against END to find where the body ends.
        int atomicDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.WORD) {
                if (atomicDepth == 0) {
                    if (token.isWord("atomic") && i > first && tokens.get(i - 1).isWord("begin")) {
                        atomicDepth = 1;
                    }
                } else if (token.isWord("begin") || token.isWord("case")) {
                    atomicDepth++;
                } else if (token.isWord("end")) {
                    atomicDepth--;
                }
            } else if (token.isPunct(";") && atomicDepth == 0) {
                if (i > first) {
                    statements.add(new RawStatement(new Span(tokens.get(first).start(), token.start()),
                            List.copyOf(tokens.subList(first, i))));
                }
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            Token last = tokens.get(tokens.size() - 1);
            statements.add(new RawStatement(new Span(tokens.get(first).start(), last.end()),
                    List.copyOf(tokens.subList(first, tokens.size()))));
        }
        return statements;
    }
}
