package dev.driftguard.sql;

import dev.driftguard.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a migration file into statements of our model. The file is scanned once by our PostgreSQL-aware scanner and
 * split at top-level semicolons; each statement is then read once from its tokens: DDL, transaction and session
 * statements by our recognizers (which know every token's position, where JSqlParser keeps defaults, index keys and
 * predicates as strings), data statements by their kind, target and WHERE, and the remaining PostgreSQL statements by
 * JSqlParser (PostgreSQL dialect, one statement at a time, with a time limit). Never throws on bad input: what nothing
 * understands becomes {@link Command.Unparsed} and parsing goes on.
 */
public final class SqlFrontEnd {
    private final JSqlParserAdapter jsqlParser = new JSqlParserAdapter();

    /** Parses one file. Thread-safe. */
    public MigrationScript parse(SourceFile source) {
        String text = source.text();
        StatementParser parser = new StatementParser(text, jsqlParser);
        List<SqlStatement> statements = new ArrayList<>();
        for (StatementSplitter.RawStatement raw : StatementSplitter.split(text)) {
            statements.add(parser.parse(raw));
        }
        return new MigrationScript(source, statements);
    }
}
