package dev.driftguard.sql;

import dev.driftguard.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a migration file into statements of our model. Splits with our own PostgreSQL-aware splitter, reads DDL,
 * transaction and session statements with our own recognizers (which know every token's position), and hands data
 * statements and anything else to JSqlParser (PostgreSQL dialect, one statement at a time, with a time limit).
 * Never throws on bad input: what nothing understands becomes {@link Command.Unparsed}.
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
