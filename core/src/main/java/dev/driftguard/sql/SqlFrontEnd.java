package dev.driftguard.sql;

import dev.driftguard.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a migration file into statements of our model. The file is scanned once by our PostgreSQL-aware scanner and
 * split at top-level semicolons; each statement is then read once from its tokens: DDL, transaction and session
 * statements by our recognizers (which know every token's position, where JSqlParser keeps defaults, index keys and
 * predicates as strings), data statements by their kind, target and WHERE, and the remaining PostgreSQL statements by
 * JSqlParser (PostgreSQL dialect, one statement at a time, with a time limit). Never throws on bad input: what nothing
 * understands becomes {@link Command.Unparsed} and parsing goes on.
 */
public final class SqlFrontEnd {
    private final JSqlParserAdapter jsqlParser;
    /** What the previous generation parsed, by file; read-only here. Empty unless this front end remembers. */
    private final Map<FileKey, MigrationScript> previous;
    /** What this generation parsed or reused; null when it does not remember. */
    private final Map<FileKey, MigrationScript> parsed;

    private record FileKey(String path, String text) {
    }

    /** A front end that parses every file it is given. */
    public SqlFrontEnd() {
        this(new JSqlParserAdapter(), Map.of(), null);
    }

    private SqlFrontEnd(JSqlParserAdapter jsqlParser, Map<FileKey, MigrationScript> previous,
                        Map<FileKey, MigrationScript> parsed) {
        this.jsqlParser = jsqlParser;
        this.previous = previous;
        this.parsed = parsed;
    }

    /**
     * A front end for the next of a series of runs on one project: a file whose path and text are those of a file
     * this front end (or its own predecessor) parsed is not parsed again. Only the files of the latest generation are
     * kept, so a series of edits does not accumulate every version of a file.
     */
    public SqlFrontEnd nextGeneration() {
        return new SqlFrontEnd(jsqlParser, parsed == null ? Map.of() : Map.copyOf(parsed), new ConcurrentHashMap<>());
    }

    /** Parses one file. Thread-safe. */
    public MigrationScript parse(SourceFile source) {
        if (parsed == null) {
            return parseNow(source);
        }
        FileKey key = new FileKey(source.path(), source.text());
        MigrationScript script = previous.get(key);
        if (script == null) {
            script = parseNow(source);
        }
        parsed.put(key, script);
        return script;
    }

    private MigrationScript parseNow(SourceFile source) {
        String text = source.text();
        StatementParser parser = new StatementParser(text, jsqlParser);
        List<SqlStatement> statements = new ArrayList<>();
        for (StatementSplitter.RawStatement raw : StatementSplitter.split(text)) {
            statements.add(parser.parse(raw));
        }
        return new MigrationScript(source, statements);
    }

    /**
     * Parses one scalar expression, such as a generation expression or a default the catalog holds as text; empty
     * when it is not one expression the model reads.
     */
    public static Optional<Expr> expression(String text) {
        List<Token> tokens = PgScanner.scan(text);
        if (tokens.stream().anyMatch(t -> t.kind() == Token.Kind.ERROR)) {
            return Optional.empty();
        }
        try {
            TokenCursor cursor = new TokenCursor(text, tokens, text.length());
            Expr expr = new ExpressionParser(cursor).expression();
            return cursor.atEnd() ? Optional.of(expr) : Optional.empty();
        } catch (SqlSyntaxException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
