package dev.driftguard.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.StatementVisitorAdapter;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * The one place that sees JSqlParser: parses one statement with its PostgreSQL dialect and a time limit, and maps
 * what it recognises onto our commands with a statement visitor.
 */
final class JSqlParserAdapter {
    /** JSqlParser's backtracking can take exponential time on some inputs; past this it gives up. */
    private static final long TIMEOUT_MILLIS = 2_000;
    /** Where JSqlParser's message says it stopped, when its exception carries no token. */
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+), column (\\d+)");
    /** Shared so that a parse does not start a thread of its own; daemon threads never keep the JVM alive. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "driftguard-jsqlparser");
        thread.setDaemon(true);
        return thread;
    });

    /** JSqlParser's verdict: a command, or its complaint and where (an offset into the statement text). */
    sealed interface Outcome {
        record Parsed(Command command) implements Outcome {
        }

        record Failed(String reason, Optional<Integer> offset) implements Outcome {
        }
    }

    /**
     * @param text        one statement
     * @param dataCommand builds the command of a data statement of the given kind from our own tokens, which know
     *                    the positions JSqlParser does not
     */
    Outcome parse(String text, Function<Command.DataChange.Kind, Command> dataCommand) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(text, EXECUTOR,
                    parser -> parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL).withTimeOut(TIMEOUT_MILLIS));
        } catch (JSQLParserException e) {
            return failure(e, text);
        } catch (RuntimeException | StackOverflowError e) {
            // JSqlParser's generated code has thrown both on hostile input; neither may escape the front end
            return new Outcome.Failed("the SQL parser failed: " + e.getClass().getSimpleName(), Optional.empty());
        }
        if (statement == null) {
            return new Outcome.Failed("the SQL parser found no statement", Optional.empty());
        }
        Command command = statement.accept(new CommandVisitor(dataCommand), null);
        return new Outcome.Parsed(command != null ? command : new Command.Other(kindOf(statement)));
    }

    /** {@code CreatePolicy} becomes {@code CREATE POLICY}. */
    private static String kindOf(Statement statement) {
        return statement.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    private static Outcome failure(JSQLParserException e, String text) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.currentToken != null
                    && parse.currentToken.next != null) {
                net.sf.jsqlparser.parser.Token at = parse.currentToken.next;
                return located(text, offsetOf(text, at.beginLine, at.beginColumn));
            }
            messages.append(cause.getMessage()).append('\n');
        }
        String message = messages.toString();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("time out") || lower.contains("timeout")) {
            return new Outcome.Failed("the SQL parser gave up after " + TIMEOUT_MILLIS + " ms", Optional.empty());
        }
        Matcher location = LOCATION.matcher(message);
        if (location.find()) {
            return located(text,
                    offsetOf(text, Integer.parseInt(location.group(1)), Integer.parseInt(location.group(2))));
        }
        return new Outcome.Failed("syntax error", Optional.empty());
    }

    /** PostgreSQL's wording: {@code syntax error at or near "x"}, naming the token where the parser stopped. */
    private static Outcome located(String text, Optional<Integer> offset) {
        if (offset.isEmpty() || offset.get() >= text.length()) {
            return new Outcome.Failed("syntax error at end of statement", offset);
        }
        int at = offset.get();
        List<Token> tokens = PgScanner.scan(text, at, Math.min(text.length(), at + 200));
        String near = tokens.isEmpty() ? "" : text.substring(tokens.get(0).start(), tokens.get(0).end());
        return new Outcome.Failed("syntax error at or near " + quoted(near), offset);
    }

    private static String quoted(String token) {
        return "\"" + (token.length() > 40 ? token.substring(0, 37) + "..." : token) + "\"";
    }

    /** JSqlParser counts 1-based lines and columns; columns count characters (tabs as one). */
    private static Optional<Integer> offsetOf(String text, int line, int column) {
        if (line < 1 || column < 1) {
            return Optional.empty();
        }
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return Optional.empty();
            }
            offset = newline + 1;
        }
        return Optional.of(Math.min(text.length(), offset + column - 1));
    }

    /** Data statements become {@link Command.DataChange}; the rest is left to the caller (null). */
    private static final class CommandVisitor extends StatementVisitorAdapter<Command> {
        private final Function<Command.DataChange.Kind, Command> dataCommand;

        CommandVisitor(Function<Command.DataChange.Kind, Command> dataCommand) {
            this.dataCommand = dataCommand;
        }

        @Override
        public <S> Command visit(Insert insert, S context) {
            return dataCommand.apply(Command.DataChange.Kind.INSERT);
        }

        @Override
        public <S> Command visit(Upsert upsert, S context) {
            return dataCommand.apply(Command.DataChange.Kind.INSERT);
        }

        @Override
        public <S> Command visit(Update update, S context) {
            return dataCommand.apply(Command.DataChange.Kind.UPDATE);
        }

        @Override
        public <S> Command visit(Delete delete, S context) {
            return dataCommand.apply(Command.DataChange.Kind.DELETE);
        }

        @Override
        public <S> Command visit(Merge merge, S context) {
            return dataCommand.apply(Command.DataChange.Kind.MERGE);
        }

        @Override
        public <S> Command visit(Select select, S context) {
            return dataCommand.apply(Command.DataChange.Kind.SELECT);
        }
    }
}
