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
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunct(";")) {
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
