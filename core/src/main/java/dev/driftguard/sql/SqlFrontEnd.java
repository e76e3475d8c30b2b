package dev.driftguard.sql;

import dev.driftguard.SourceFile;

/**
 * Turns a migration file into statements of our model. Splits with our own PostgreSQL-aware splitter, parses each
 * statement with JSqlParser (PostgreSQL dialect) and falls back to our recognizers for what it lacks. Never
 * throws on bad input: what nothing understands becomes {@link Command.Unparsed}.
 */
public final class SqlFrontEnd {

    /** Parses one file. Thread-safe. */
    public MigrationScript parse(SourceFile source) {
        throw new UnsupportedOperationException("not yet");
    }
}
