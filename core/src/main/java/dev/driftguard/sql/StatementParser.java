package dev.driftguard.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one split statement into a {@link SqlStatement}: our recognizers for DDL, transaction and session statements;
 * for data statements a token-level reading of their kind, target table and WHERE (all the model needs); JSqlParser
 * for anything else. Data statements skip JSqlParser on purpose: it rejects valid PostgreSQL such as {@code E'...'}
 * strings and took 0.7 to 3 ms per UPDATE ... FROM in our measurements, two hundred times our own reading.
 * Never throws.
 */
final class StatementParser {
    /** PostgreSQL statements that none of our recognizers read, left to JSqlParser. */
    private static final Set<String> OTHER_STATEMENTS = Set.of("call", "explain", "prepare", "execute",
            "deallocate", "declare", "fetch", "move", "close", "load", "show", "upsert", "replace");
    private final String source;
    private final JSqlParserAdapter jsqlParser;
    private final DoBlockParser doBlocks;

    StatementParser(String source, JSqlParserAdapter jsqlParser) {
        this.source = source;
        this.jsqlParser = jsqlParser;
        this.doBlocks = new DoBlockParser(source, this);
    }

    SqlStatement parse(StatementSplitter.RawStatement raw) {
        Span span = raw.span();
        String text = source.substring(span.start(), span.end());
        return new SqlStatement(span, text, command(raw, text));
    }

    private Command command(StatementSplitter.RawStatement raw, String text) {
        List<Token> tokens = raw.tokens();
        Token last = tokens.get(tokens.size() - 1);
        if (last.kind() == Token.Kind.ERROR) {
            return new Command.Unparsed(last.value(),
                    Optional.of(new Span(last.start(), Math.min(last.end(), last.start() + 1))));
        }
        try {
            TokenCursor cursor = new TokenCursor(source, tokens, raw.span().end());
            Optional<Command> ours = new CommandParser(cursor, doBlocks).parse();
            if (ours.isPresent()) {
                cursor.expectEnd();
                return ours.get();
            }
            Token first = tokens.get(0);
            if (CommandParser.isDataStatement(first)) {
                return dataChange(tokens, dataKind(tokens));
            }
            if (!first.isPunct("(") && !(first.kind() == Token.Kind.WORD && OTHER_STATEMENTS.contains(first.value()))) {
                // PostgreSQL itself would stop at the first word; JSqlParser would take seconds on a megabyte of it
                return new Command.Unparsed("not a PostgreSQL statement", Optional.of(first.span()));
            }
            return jsqlParserCommand(raw, text);
        } catch (SqlSyntaxException e) {
            return new Command.Unparsed(e.getMessage(), Optional.of(e.span()));
        } catch (RuntimeException e) {
            return new Command.Unparsed("internal error reading the statement: " + e, Optional.of(raw.span()));
        }
    }

    private Command jsqlParserCommand(StatementSplitter.RawStatement raw, String text) {
        List<Token> tokens = raw.tokens();
        JSqlParserAdapter.Outcome outcome = jsqlParser.parse(text, kind -> dataChange(tokens, kind));
        if (outcome instanceof JSqlParserAdapter.Outcome.Parsed parsed) {
            return parsed.command();
        }
        JSqlParserAdapter.Outcome.Failed failed = (JSqlParserAdapter.Outcome.Failed) outcome;
        Optional<Span> at = failed.offset()
                .map(offset -> new Span(raw.span().start() + offset, Math.min(raw.span().end(),
                        raw.span().start() + offset + 1)));
        return new Command.Unparsed(failed.reason(), at.or(() -> Optional.of(tokens.get(0).span())));
    }

    /** The kind of a data statement from its first word (after a WITH clause). */
    private static Command.DataChange.Kind dataKind(List<Token> tokens) {
        int index = 0;
        if (tokens.get(0).isWord("with")) {
            index = afterWithClause(tokens);
        }
        String word = index < tokens.size() ? tokens.get(index).value() : "select";
        return switch (word) {
            case "insert" -> Command.DataChange.Kind.INSERT;
            case "update" -> Command.DataChange.Kind.UPDATE;
            case "delete" -> Command.DataChange.Kind.DELETE;
            case "merge" -> Command.DataChange.Kind.MERGE;
            case "copy" -> Command.DataChange.Kind.COPY;
            default -> Command.DataChange.Kind.SELECT;
        };
    }

    /** The index of the first top-level token after {@code WITH name AS (...) [, ...]}. */
    private static int afterWithClause(List<Token> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
            } else if (depth == 0 && token.kind() == Token.Kind.WORD
                    && List.of("insert", "update", "delete", "merge", "select").contains(token.value())) {
                return i;
            }
        }
        return tokens.size();
    }

    /** A data statement's target table and whether it has a top-level WHERE, read from our tokens. */
    private Command dataChange(List<Token> tokens, Command.DataChange.Kind kind) {
        int start = tokens.get(0).isWord("with") ? afterWithClause(tokens) : 0;
        TokenCursor cursor = new TokenCursor(source, tokens, tokens.get(tokens.size() - 1).end());
        cursor.reset(start);
        Optional<SqlName> table = Optional.empty();
        Optional<SqlName> selectInto = Optional.empty();
        switch (kind) {
            case INSERT, MERGE -> {
                cursor.next();
                cursor.expectWord("into");
                table = Optional.of(cursor.name());
            }
            case UPDATE -> {
                cursor.next();
                cursor.acceptWord("only");
                table = Optional.of(cursor.name());
            }
            case COPY -> {
                cursor.next();
                table = cursor.isPunct("(") ? Optional.empty() : Optional.of(cursor.name());
            }
            case DELETE -> {
                cursor.next();
                cursor.expectWord("from");
                cursor.acceptWord("only");
                table = Optional.of(cursor.name());
            }
            case SELECT -> {
                selectInto = selectIntoTable(tokens, cursor, start);
                cursor.reset(start);
            }
        }
        boolean hasWhere = false;
        try {
            while (!cursor.atEnd()) {
                cursor.skipUntil(t -> t.isWord("where"));
                if (cursor.acceptWord("where")) {
                    hasWhere = true;
                }
            }
        } catch (SqlSyntaxException unclosedBracket) {
            // A statement cut short inside brackets (JSqlParser rejected it already): no WHERE past this point.
        }
        return new Command.DataChange(kind, table, hasWhere, selectInto);
    }

    /**
     * The table {@code SELECT list INTO [TEMP|UNLOGGED] [TABLE] name FROM ...} creates: its {@code INTO} stands at
     * the top level before {@code FROM}. Brackets hide the {@code INTO} of a sub-select, which PostgreSQL rejects.
     */
    private static Optional<SqlName> selectIntoTable(List<Token> tokens, TokenCursor cursor, int start) {
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
            } else if (depth == 0 && (token.isWord("from") || token.isWord("where") || token.isWord("union")
                    || token.isWord("intersect") || token.isWord("except"))) {
                return Optional.empty();
            } else if (depth == 0 && token.isWord("into")) {
                cursor.reset(i + 1);
                cursor.acceptAnyWord("global", "local");
                cursor.acceptAnyWord("temp", "temporary", "unlogged");
                cursor.acceptWord("table");
                return Optional.of(cursor.name());
            }
        }
        return Optional.empty();
    }
}
