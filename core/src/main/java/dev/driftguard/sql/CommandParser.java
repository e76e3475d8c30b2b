package dev.driftguard.sql;

import dev.driftguard.catalog.Volatility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Our recognizers for PostgreSQL DDL, transaction control and session statements, reading one statement's tokens
 * (tables and indexes in {@link TableStatementParser}).
 * They come first because JSqlParser keeps defaults, index keys and predicates as strings without positions and
 * lacks many PostgreSQL forms; data statements and anything else go to {@link JSqlParserAdapter}.
 */
final class CommandParser {
    private static final Set<String> OTHER_CREATE = Set.of("role", "user", "group", "publication",
            "subscription", "rule", "aggregate", "operator", "cast", "collation", "server", "foreign", "event",
            "statistics", "text", "conversion", "language", "access", "database", "tablespace", "transform",
            "procedural", "trusted", "default");
    private static final Set<String> DATA_STATEMENTS =
            Set.of("insert", "update", "delete", "merge", "select", "with", "values", "table", "copy");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final TableStatementParser tables;
    private final DoBlockParser doBlocks;

    CommandParser(TokenCursor cursor, DoBlockParser doBlocks) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
        this.tables = new TableStatementParser(cursor, expressions);
        this.doBlocks = doBlocks;
    }

    /** Whether the statement starting with {@code first} is a data statement, for JSqlParser. */
    static boolean isDataStatement(Token first) {
        return first.kind() == Token.Kind.WORD && DATA_STATEMENTS.contains(first.value());
    }

    /** The command, or empty when the statement is not one of ours. */
    Optional<Command> parse() {
        Token first = cursor.peek();
        if (first.kind() != Token.Kind.WORD) {
            return Optional.empty();
        }
        Command command = switch (first.value()) {
            case "create" -> create();
            case "alter" -> alter();
            case "drop" -> drop();
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" -> transaction();
            case "lock" -> lock();
            case "set", "reset" -> set();
            case "truncate" -> truncate();
            case "reindex" -> reindex();
            case "comment" -> comment();
            case "grant", "revoke" -> grant();
            case "do" -> doBlock();
            case "analyze", "analyse", "vacuum", "cluster", "notify", "listen", "unlisten", "checkpoint", "discard",
                 "refresh", "security", "import" -> skipAll(first.value().toUpperCase(Locale.ROOT));
            default -> null;
        };
        return Optional.ofNullable(command);
    }

    private Command skipAll(String kind) {
        cursor.skipToEnd();
        return new Command.Other(kind);
    }

    // ---- CREATE -------------------------------------------------------------------------------------------------

    private Command create() {
        cursor.expectWord("create");
        boolean orReplace = cursor.acceptWords("or", "replace");
        cursor.acceptAnyWord("global", "local");
        boolean temporary = cursor.acceptAnyWord("temp", "temporary", "unlogged").isPresent();
        Token kind = cursor.peek();
        if (kind.kind() != Token.Kind.WORD) {
            throw cursor.fail("expected an object kind after CREATE");
        }
        switch (kind.value()) {
            case "table" -> {
                cursor.next();
                return tables.createTable();
            }
            case "unique" -> {
                cursor.next();
                cursor.expectWord("index");
                return tables.createIndex(true);
            }
            case "index" -> {
                cursor.next();
                return tables.createIndex(false);
            }
            case "type" -> {
                cursor.next();
                return createType();
            }
            case "extension" -> {
                cursor.next();
                return createExtension();
            }
            case "schema" -> {
                cursor.next();
                return createSchema();
            }
            case "function", "procedure" -> {
                cursor.next();
                return createFunction(orReplace, kind.value().equals("procedure"));
            }
            case "constraint", "trigger" -> {
                cursor.acceptWord("constraint");
                cursor.expectWord("trigger");
                return createTrigger();
            }
            case "materialized", "recursive", "view" -> {
                return createView(orReplace);
            }
            case "sequence" -> {
                cursor.next();
                boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
                SqlName name = cursor.name();
                cursor.skipToEnd();
                return new Command.CreateSequence(name, ifNotExists);
            }
            case "domain" -> {
                cursor.next();
                return createDomain();
            }
            case "policy" -> {
                cursor.next();
                Ident name = cursor.ident();
                cursor.expectWord("on");
                SqlName table = cursor.name();
                cursor.skipToEnd();
                return new Command.CreatePolicy(name, table);
            }
            default -> {
                if (temporary || !OTHER_CREATE.contains(kind.value())) {
                    throw cursor.fail("unsupported CREATE statement");
                }
                return skipAll("CREATE " + kind.value().toUpperCase(Locale.ROOT));
            }
        }
    }

    private Command createType() {
        SqlName name = cursor.name();
        if (cursor.atEnd()) {
            return new Command.CreateOtherType(name, "shell");
        }
        if (cursor.acceptWord("as")) {
            if (cursor.acceptWord("enum")) {
                cursor.expectPunct("(");
                List<String> values = new ArrayList<>();
                if (!cursor.isPunct(")")) {
                    do {
                        values.add(string("an enum label"));
                    } while (cursor.acceptPunct(","));
                }
                cursor.expectPunct(")");
                cursor.expectEnd();
                return new Command.CreateEnumType(name, values);
            }
            String kind = cursor.acceptWord("range") ? "range" : "composite";
            cursor.skipGroup();
            cursor.expectEnd();
            return new Command.CreateOtherType(name, kind);
        }
        cursor.skipGroup();
        cursor.expectEnd();
        return new Command.CreateOtherType(name, "base");
    }

    private String string(String what) {
        Token token = cursor.peek();
        if (token.kind() != Token.Kind.STRING) {
            throw cursor.fail("expected " + what);
        }
        cursor.next();
        return token.value();
    }

    private Command createExtension() {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        Ident name = cursor.ident();
        cursor.acceptWord("with");
        Optional<String> schema = Optional.empty();
        Optional<String> version = Optional.empty();
        while (!cursor.atEnd()) {
            if (cursor.acceptWord("schema")) {
                schema = Optional.of(cursor.ident().name());
            } else if (cursor.acceptWord("version")) {
                version = Optional.of(cursor.next().value());
            } else if (cursor.acceptWord("from")) {
                cursor.next();
            } else if (!cursor.acceptWord("cascade")) {
                throw cursor.fail("unexpected text in CREATE EXTENSION");
            }
        }
        return new Command.CreateExtension(name, ifNotExists, schema, version);
    }

    private Command createSchema() {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        Ident name;
        if (cursor.acceptWord("authorization")) {
            name = cursor.ident();
        } else {
            name = cursor.ident();
            if (cursor.acceptWord("authorization")) {
                cursor.ident();
            }
        }
        cursor.skipToEnd();
        return new Command.CreateSchema(name, ifNotExists);
    }

    private Command createFunction(boolean orReplace, boolean procedure) {
        SqlName name = cursor.name();
        List<TypeName> argumentTypes = functionArguments(true);
        Optional<TypeName> returnType = Optional.empty();
        Volatility volatility = Volatility.VOLATILE;
        String language = "sql";
        boolean hasBody = false;
        while (!cursor.atEnd()) {
            Token token = cursor.next();
            switch (token.kind() == Token.Kind.WORD ? token.value() : "") {
                case "returns" -> {
                    if (cursor.acceptWord("table")) {
                        int start = cursor.nextStart();
                        cursor.skipGroup();
                        Span span = cursor.spanFrom(start);
                        returnType = Optional.of(new TypeName(Optional.empty(), "record", List.of(), 0,
                                cursor.text(span), span));
                    } else if (cursor.isWord("null")) {
                        cursor.expectWord("null");
                        cursor.expectWord("on");
                        cursor.expectWord("null");
                        cursor.expectWord("input");
                    } else {
                        cursor.acceptWord("setof");
                        returnType = Optional.of(expressions.type());
                    }
                }
                case "language" -> language = cursor.next().value().toLowerCase(Locale.ROOT);
                case "immutable" -> volatility = Volatility.IMMUTABLE;
                case "stable" -> volatility = Volatility.STABLE;
                case "volatile" -> volatility = Volatility.VOLATILE;
                case "as" -> {
                    string("the function body");
                    if (cursor.acceptPunct(",")) {
                        string("the link symbol");
                    }
                    hasBody = true;
                }
                case "set" -> {
                    cursor.name();
                    if (!cursor.acceptWords("from", "current")) {
                        if (!cursor.acceptWord("to")) {
                            if (!cursor.isOperator("=")) {
                                throw cursor.fail("expected TO or = in SET");
                            }
                            cursor.next();
                        }
                        do {
                            cursor.next();
                        } while (cursor.acceptPunct(","));
                    }
                }
                case "begin", "return" -> {
                    cursor.skipToEnd();
                    hasBody = true;
                }
                case "cost", "rows", "support", "parallel", "security", "transform", "external" -> cursor.next();
                case "strict", "leakproof", "not", "called", "on", "null", "input", "window", "definer", "invoker",
                     "for", "type" -> {
                    // attributes with no effect on the catalog model
                }
                default -> throw new SqlSyntaxException("unexpected " + cursor.text(token.span())
                        + " in CREATE FUNCTION", token.span());
            }
        }
        if (!hasBody) {
            throw cursor.fail("CREATE FUNCTION without a body");
        }
        return new Command.CreateFunction(name, argumentTypes, returnType, volatility, language, orReplace,
                procedure);
    }

    /** {@code ([mode] [name] type [DEFAULT expr], ...)}: the input argument types. */
    private List<TypeName> functionArguments(boolean withDefaults) {
        cursor.expectPunct("(");
        List<TypeName> types = new ArrayList<>();
        if (cursor.acceptPunct(")")) {
            return types;
        }
        do {
            String mode = cursor.acceptAnyWord("in", "out", "inout", "variadic").orElse("in");
            int mark = cursor.position();
            TypeName type;
            try {
                type = expressions.type();
                if (!cursor.isPunct(",") && !cursor.isPunct(")") && !cursor.isWord("default")
                        && !cursor.isOperator("=")) {
                    throw cursor.fail("not a bare type");
                }
            } catch (SqlSyntaxException named) {
                cursor.reset(mark);
                cursor.ident();
                type = expressions.type();
            }
            if (withDefaults && (cursor.acceptWord("default") || cursor.isOperator("="))) {
                if (cursor.isOperator("=")) {
                    cursor.next();
                }
                expressions.expression();
            }
            if (!mode.equals("out")) {
                types.add(type);
            }
        } while (cursor.acceptPunct(","));
        cursor.expectPunct(")");
        return types;
    }

    private Command createTrigger() {
        Ident name = cursor.ident();
        cursor.skipUntil(t -> t.isWord("on"));
        cursor.expectWord("on");
        SqlName table = cursor.name();
        cursor.skipUntil(t -> t.isWord("execute"));
        cursor.expectWord("execute");
        if (cursor.acceptAnyWord("function", "procedure").isEmpty()) {
            throw cursor.fail("expected FUNCTION or PROCEDURE");
        }
        SqlName function = cursor.name();
        cursor.skipGroup();
        cursor.expectEnd();
        return new Command.CreateTrigger(name, table, function);
    }

    private Command createView(boolean orReplace) {
        boolean materialized = cursor.acceptWord("materialized");
        cursor.acceptWord("recursive");
        cursor.expectWord("view");
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        SqlName name = cursor.name();
        cursor.skipUntil(t -> t.isWord("as"));
        cursor.expectWord("as");
        if (cursor.atEnd()) {
            throw cursor.fail("expected the view's query");
        }
        cursor.skipToEnd();
        return new Command.CreateView(name, orReplace, materialized, ifNotExists);
    }

    private Command createDomain() {
        SqlName name = cursor.name();
        cursor.acceptWord("as");
        TypeName type = expressions.type();
        boolean notNull = false;
        while (!cursor.atEnd()) {
            if (cursor.acceptWords("not", "null")) {
                notNull = true;
            } else {
                cursor.next();
                if (cursor.isPunct("(")) {
                    cursor.skipGroup();
                }
            }
        }
        return new Command.CreateDomain(name, type, notNull);
    }

    // ---- ALTER --------------------------------------------------------------------------------------------------

    /**
     * {@code ALTER [MATERIALIZED] VIEW}: a rename or a move to another schema changes what later statements find, so
     * it becomes the same action on the relation as for a table; anything else changes nothing the model holds.
     */
    private Command alterView(String kind) {
        boolean ifExists = cursor.acceptWords("if", "exists");
        SqlName view = cursor.name();
        int start = cursor.nextStart();
        if (cursor.acceptWords("rename", "to")) {
            Ident to = cursor.ident();
            cursor.expectEnd();
            return new Command.AlterTable(view, ifExists,
                    List.of(new Command.AlterAction.RenameTable(to, cursor.spanFrom(start))));
        }
        if (cursor.acceptWords("set", "schema")) {
            Ident schema = cursor.ident();
            cursor.expectEnd();
            return new Command.AlterTable(view, ifExists,
                    List.of(new Command.AlterAction.SetSchema(schema, cursor.spanFrom(start))));
        }
        return skipAll(kind);
    }

    private Command alter() {
        cursor.expectWord("alter");
        Token kind = cursor.next();
        switch (kind.kind() == Token.Kind.WORD ? kind.value() : "") {
            case "table" -> {
                return tables.alterTable();
            }
            case "index" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                SqlName index = cursor.name();
                if (cursor.acceptWords("rename", "to")) {
                    Ident to = cursor.ident();
                    cursor.expectEnd();
                    return new Command.RenameIndex(index, to, ifExists);
                }
                return skipAll("ALTER INDEX");
            }
            case "type" -> {
                return alterType();
            }
            case "view", "materialized" -> {
                if (kind.value().equals("materialized")) {
                    cursor.expectWord("view");
                }
                return alterView(kind.value().equals("materialized") ? "ALTER MATERIALIZED VIEW" : "ALTER VIEW");
            }
            case "sequence" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                SqlName sequence = cursor.name();
                if (cursor.acceptWords("rename", "to")) {
                    Ident to = cursor.ident();
                    cursor.expectEnd();
                    return new Command.RenameSequence(sequence, to, ifExists);
                }
                return skipAll("ALTER SEQUENCE");
            }
            case "policy" -> {
                Ident name = cursor.ident();
                cursor.expectWord("on");
                SqlName table = cursor.name();
                if (cursor.acceptWords("rename", "to")) {
                    Ident to = cursor.ident();
                    cursor.expectEnd();
                    return new Command.AlterPolicy(name, table, Optional.of(to), false);
                }
                boolean expressions = false;
                while (!cursor.atEnd()) {
                    Token t = cursor.peek();
                    expressions |= t.isWord("using") || t.isWord("check");
                    if (cursor.isPunct("(")) {
                        cursor.skipGroup();
                    } else {
                        cursor.next();
                    }
                }
                return new Command.AlterPolicy(name, table, Optional.empty(), expressions);
            }
            case "function", "procedure", "schema", "role", "user",
                 "extension", "database", "default", "domain", "trigger", "publication", "subscription", "owner",
                 "aggregate", "operator", "collation", "server", "event", "statistics", "routine", "group",
                 "system", "tablespace", "rule", "foreign", "large", "language", "text" -> {
                return skipAll("ALTER " + kind.value().toUpperCase(Locale.ROOT));
            }
            default -> throw new SqlSyntaxException("unsupported ALTER statement", kind.span());
        }
    }

    private Command alterType() {
        SqlName type = cursor.name();
        if (cursor.acceptWords("add", "value")) {
            boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
            Token value = cursor.peek();
            String label = string("an enum label");
            Optional<String> before = cursor.acceptWord("before") ? Optional.of(string("an enum label"))
                    : Optional.empty();
            Optional<String> after = cursor.acceptWord("after") ? Optional.of(string("an enum label"))
                    : Optional.empty();
            cursor.expectEnd();
            return new Command.AddEnumValue(type, label, ifNotExists, before, after, value.span());
        }
        if (cursor.acceptWords("rename", "value")) {
            Token from = cursor.peek();
            String fromLabel = string("an enum label");
            cursor.expectWord("to");
            String toLabel = string("an enum label");
            cursor.expectEnd();
            return new Command.RenameEnumValue(type, fromLabel, toLabel, from.span());
        }
        if (cursor.acceptWords("rename", "to")) {
            Ident to = cursor.ident();
            cursor.expectEnd();
            return new Command.RenameType(type, to);
        }
        return skipAll("ALTER TYPE");
    }

    // ---- DROP ---------------------------------------------------------------------------------------------------

    private Command drop() {
        cursor.expectWord("drop");
        Token kind = cursor.next();
        String word = kind.kind() == Token.Kind.WORD ? kind.value() : "";
        switch (word) {
            case "table" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropTable(names, ifExists, cascade);
            }
            case "index" -> {
                boolean concurrently = cursor.acceptWord("concurrently");
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropIndex(names, concurrently, ifExists, cascade);
            }
            case "type", "domain" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropType(names, ifExists, cascade);
            }
            case "schema", "extension" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<Ident> names = cursor.identList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return word.equals("schema") ? new Command.DropSchema(names, ifExists, cascade)
                        : new Command.DropExtension(names, ifExists, cascade);
            }
            case "view", "materialized" -> {
                boolean materialized = word.equals("materialized");
                if (materialized) {
                    cursor.expectWord("view");
                }
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropView(names, materialized, ifExists, cascade);
            }
            case "sequence" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropSequence(names, ifExists, cascade);
            }
            case "function", "procedure", "routine" -> {
                return dropFunction(word.equals("procedure"));
            }
            case "policy" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                Ident name = cursor.ident();
                cursor.expectWord("on");
                SqlName table = cursor.name();
                cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.DropPolicy(name, table, ifExists);
            }
            case "trigger", "rule" -> {
                cursor.acceptWords("if", "exists");
                cursor.ident();
                cursor.expectWord("on");
                cursor.name();
                cursor.acceptCascade();
                cursor.expectEnd();
                return new Command.Other("DROP " + word.toUpperCase(Locale.ROOT));
            }
            case "role", "user", "group", "publication", "subscription", "aggregate", "operator", "cast",
                 "collation", "server", "event", "statistics", "owned", "database", "tablespace", "foreign",
                 "text", "conversion", "language", "access", "transform" -> {
                return skipAll("DROP " + word.toUpperCase(Locale.ROOT));
            }
            default -> throw new SqlSyntaxException("unsupported DROP statement", kind.span());
        }
    }

    private Command dropFunction(boolean procedure) {
        boolean ifExists = cursor.acceptWords("if", "exists");
        List<SqlName> names = new ArrayList<>();
        Optional<List<TypeName>> argumentTypes = Optional.empty();
        do {
            names.add(cursor.name());
            if (cursor.isPunct("(")) {
                List<TypeName> types = functionArguments(false);
                if (argumentTypes.isEmpty()) {
                    argumentTypes = Optional.of(types);
                }
            }
        } while (cursor.acceptPunct(","));
        boolean cascade = cursor.acceptCascade();
        cursor.expectEnd();
        return new Command.DropFunction(names, argumentTypes, ifExists, cascade, procedure);
    }

    // ---- transactions, session ----------------------------------------------------------------------------------

    private Command transaction() {
        Token first = cursor.next();
        Command.Transaction.Kind kind;
        switch (first.value()) {
            case "begin", "start" -> {
                if (first.value().equals("start")) {
                    cursor.expectWord("transaction");
                } else {
                    cursor.acceptAnyWord("work", "transaction");
                }
                transactionModes();
                kind = Command.Transaction.Kind.BEGIN;
            }
            case "commit", "end" -> {
                cursor.acceptAnyWord("work", "transaction");
                if (cursor.acceptWord("and")) {
                    cursor.acceptWord("no");
                    cursor.expectWord("chain");
                }
                kind = Command.Transaction.Kind.COMMIT;
            }
            case "rollback", "abort" -> {
                cursor.acceptAnyWord("work", "transaction");
                if (cursor.acceptWord("to")) {
                    cursor.acceptWord("savepoint");
                    cursor.ident();
                    kind = Command.Transaction.Kind.ROLLBACK_TO;
                } else {
                    kind = Command.Transaction.Kind.ROLLBACK;
                }
            }
            case "savepoint" -> {
                cursor.ident();
                kind = Command.Transaction.Kind.SAVEPOINT;
            }
            default -> {
                cursor.acceptWord("savepoint");
                cursor.ident();
                kind = Command.Transaction.Kind.RELEASE;
            }
        }
        cursor.expectEnd();
        return new Command.Transaction(kind);
    }

    private void transactionModes() {
        while (!cursor.atEnd()) {
            if (cursor.acceptWords("isolation", "level")) {
                cursor.acceptAnyWord("serializable", "read", "repeatable");
                cursor.acceptAnyWord("committed", "uncommitted", "read");
            } else if (cursor.acceptWord("read")) {
                cursor.acceptAnyWord("write", "only");
            } else if (!cursor.acceptWords("not", "deferrable") && !cursor.acceptWord("deferrable")
                    && !cursor.acceptPunct(",")) {
                throw cursor.fail("unexpected transaction mode");
            }
        }
    }

    private Command lock() {
        cursor.expectWord("lock");
        cursor.acceptWord("table");
        List<SqlName> tables = new ArrayList<>();
        do {
            cursor.acceptWord("only");
            tables.add(cursor.name());
            if (cursor.isOperator("*")) {
                cursor.next();
            }
        } while (cursor.acceptPunct(","));
        String mode = "ACCESS EXCLUSIVE";
        if (cursor.acceptWord("in")) {
            List<String> words = new ArrayList<>();
            while (!cursor.atEnd() && !cursor.isWord("mode")) {
                words.add(cursor.next().value().toUpperCase(Locale.ROOT));
            }
            cursor.expectWord("mode");
            mode = String.join(" ", words);
        }
        cursor.acceptWord("nowait");
        cursor.expectEnd();
        return new Command.LockTable(tables, mode);
    }

    private Command set() {
        if (cursor.acceptWord("reset")) {
            String name = cursor.acceptWord("all") ? "all" : cursor.name().display();
            cursor.expectEnd();
            return new Command.SetParameter(name, Optional.empty(), false);
        }
        cursor.expectWord("set");
        boolean local = cursor.acceptWord("local");
        if (!local) {
            cursor.acceptWord("session");
        }
        if (cursor.isWord("constraints") || cursor.isWord("transaction")
                || (cursor.isWord("characteristics"))) {
            return skipAll("SET " + cursor.peek().value().toUpperCase(Locale.ROOT));
        }
        String name;
        if (cursor.acceptWords("time", "zone")) {
            name = "timezone";
        } else if (cursor.acceptWord("authorization")) {
            name = "session_authorization";
        } else if (cursor.acceptWord("names")) {
            name = "client_encoding";
        } else if (cursor.acceptWord("schema")) {
            name = "search_path";
        } else {
            name = cursor.name().display();
            if (!cursor.acceptWord("to") && !cursor.isOperator("=") && !name.equals("role")) {
                throw cursor.fail("expected TO or = in SET");
            }
            if (cursor.isOperator("=")) {
                cursor.next();
            }
        }
        if (cursor.atEnd()) {
            throw cursor.fail("expected a value in SET");
        }
        int start = cursor.nextStart();
        boolean single = cursor.remaining() == 1 && cursor.peek().kind() == Token.Kind.STRING;
        String value = single ? cursor.peek().value() : null;
        cursor.skipToEnd();
        if (value == null) {
            value = cursor.normalizedText(cursor.spanFrom(start));
        }
        return new Command.SetParameter(name, Optional.of(value), local);
    }

    private Command truncate() {
        cursor.expectWord("truncate");
        cursor.acceptWord("table");
        List<SqlName> names = new ArrayList<>();
        do {
            cursor.acceptWord("only");
            names.add(cursor.name());
            if (cursor.isOperator("*")) {
                cursor.next();
            }
        } while (cursor.acceptPunct(","));
        if (!cursor.acceptWords("restart", "identity")) {
            cursor.acceptWords("continue", "identity");
        }
        boolean cascade = cursor.acceptCascade();
        cursor.expectEnd();
        return new Command.Truncate(names, cascade);
    }

    private Command reindex() {
        cursor.expectWord("reindex");
        if (cursor.isPunct("(")) {
            cursor.skipGroup();
        }
        String target = cursor.acceptAnyWord("index", "table", "schema", "database", "system")
                .orElseThrow(() -> cursor.fail("expected INDEX, TABLE, SCHEMA, DATABASE or SYSTEM"))
                .toUpperCase(Locale.ROOT);
        boolean concurrently = cursor.acceptWord("concurrently");
        SqlName name = cursor.name();
        cursor.expectEnd();
        return new Command.Reindex(target, name, concurrently);
    }

    private Command comment() {
        cursor.expectWord("comment");
        cursor.expectWord("on");
        cursor.skipUntil(t -> t.isWord("is"));
        cursor.expectWord("is");
        Token value = cursor.next();
        if (value.kind() != Token.Kind.STRING && !value.isWord("null")) {
            throw new SqlSyntaxException("expected a string or NULL after IS", value.span());
        }
        cursor.expectEnd();
        return new Command.Other("COMMENT");
    }

    private Command grant() {
        Token first = cursor.next();
        cursor.skipUntil(t -> t.isWord("to") || t.isWord("from"));
        if (cursor.atEnd()) {
            throw cursor.fail("expected TO or FROM");
        }
        cursor.skipToEnd();
        return new Command.Other(first.value().toUpperCase(Locale.ROOT));
    }

    private Command doBlock() {
        cursor.expectWord("do");
        if (cursor.acceptWord("language")) {
            cursor.next();
        }
        Token body = cursor.peek();
        if (body.kind() != Token.Kind.STRING) {
            throw cursor.fail("expected the DO block's body");
        }
        cursor.next();
        if (cursor.acceptWord("language")) {
            cursor.next();
        }
        cursor.expectEnd();
        return doBlocks.parse(body);
    }
}
