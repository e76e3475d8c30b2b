package dev.driftguard.sql;

import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Volatility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Our recognizers for PostgreSQL DDL, transaction control and session statements, reading one statement's tokens.
 * They come first because JSqlParser keeps defaults, index keys and predicates as strings without positions and
 * lacks many PostgreSQL forms; data statements and anything else go to {@link JSqlParserAdapter}.
 */
final class CommandParser {
    private static final Set<String> TABLE_CONSTRAINT_STARTS =
            Set.of("constraint", "primary", "unique", "check", "foreign", "exclude");
    private static final Set<String> OTHER_CREATE = Set.of("policy", "role", "user", "group", "publication",
            "subscription", "rule", "aggregate", "operator", "cast", "collation", "server", "foreign", "event",
            "statistics", "text", "conversion", "language", "access", "database", "tablespace", "transform",
            "user mapping", "procedural", "trusted", "default");
    private static final Set<String> DATA_STATEMENTS =
            Set.of("insert", "update", "delete", "merge", "select", "with", "values", "table", "copy");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final DoBlockParser doBlocks;

    CommandParser(TokenCursor cursor, DoBlockParser doBlocks) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
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
                return createTable();
            }
            case "unique" -> {
                cursor.next();
                cursor.expectWord("index");
                return createIndex(true);
            }
            case "index" -> {
                cursor.next();
                return createIndex(false);
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
            default -> {
                if (temporary || !OTHER_CREATE.contains(kind.value())) {
                    throw cursor.fail("unsupported CREATE statement");
                }
                return skipAll("CREATE " + kind.value().toUpperCase(Locale.ROOT));
            }
        }
    }

    private Command createTable() {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        SqlName name = cursor.name();
        List<Command.ColumnDef> columns = new ArrayList<>();
        List<Command.ConstraintDef> constraints = new ArrayList<>();
        Optional<SqlName> partitionOf = Optional.empty();
        if (cursor.acceptWords("partition", "of")) {
            partitionOf = Optional.of(cursor.name());
        } else if (cursor.acceptWord("of")) {
            cursor.name();
        }
        if (cursor.isPunct("(") && !isColumnNameList()) {
            tableElements(columns, constraints);
        }
        boolean asSelect = false;
        while (!cursor.atEnd()) {
            if (cursor.acceptWord("as")) {
                asSelect = true;
                cursor.skipToEnd();
            } else {
                cursor.skipUntil(t -> t.isWord("as"));
            }
        }
        return new Command.CreateTable(name, ifNotExists, columns, constraints, partitionOf, asSelect);
    }

    /** {@code CREATE TABLE t (a, b) AS ...}: a bare column name list rather than definitions. */
    private boolean isColumnNameList() {
        int mark = cursor.position();
        try {
            cursor.parenthesizedIdents();
            return cursor.isWord("as");
        } catch (SqlSyntaxException notAList) {
            return false;
        } finally {
            cursor.reset(mark);
        }
    }

    private void tableElements(List<Command.ColumnDef> columns, List<Command.ConstraintDef> constraints) {
        cursor.expectPunct("(");
        if (cursor.acceptPunct(")")) {
            return;
        }
        do {
            Token token = cursor.peek();
            if (token.kind() == Token.Kind.WORD && TABLE_CONSTRAINT_STARTS.contains(token.value())) {
                constraints.add(tableConstraint());
            } else if (token.isWord("like")) {
                cursor.skipUntil(t -> t.isPunct(",") || t.isPunct(")"));
            } else {
                columns.add(columnDef());
            }
        } while (cursor.acceptPunct(","));
        cursor.expectPunct(")");
    }

    private Command.ColumnDef columnDef() {
        int start = cursor.nextStart();
        Ident name = cursor.ident();
        TypeName type = expressions.type();
        Optional<Boolean> notNull = Optional.empty();
        Optional<Expr> defaultValue = Optional.empty();
        Optional<Expr> generated = Optional.empty();
        boolean identity = false;
        List<Command.ConstraintDef> inline = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.isPunct(",") && !cursor.isPunct(")")) {
            int constraintStart = cursor.nextStart();
            Optional<Ident> constraintName = cursor.acceptWord("constraint") ? Optional.of(cursor.ident())
                    : Optional.empty();
            Token token = cursor.next();
            if (token.kind() != Token.Kind.WORD) {
                throw new SqlSyntaxException("unexpected text in the definition of column " + name.name(),
                        token.span());
            }
            switch (token.value()) {
                case "not" -> {
                    cursor.expectWord("null");
                    notNull = Optional.of(true);
                }
                case "null" -> notNull = Optional.of(false);
                case "default" -> defaultValue = Optional.of(expressions.restrictedExpression());
                case "collate" -> cursor.name();
                case "check" -> inline.add(checkConstraint(constraintName, constraintStart));
                case "unique", "primary" -> {
                    ConstraintKind kind = token.value().equals("unique") ? ConstraintKind.UNIQUE
                            : ConstraintKind.PRIMARY_KEY;
                    if (kind == ConstraintKind.PRIMARY_KEY) {
                        cursor.expectWord("key");
                    }
                    indexConstraintOptions();
                    inline.add(new Command.ConstraintDef(constraintName, kind, List.of(name), Optional.empty(),
                            Optional.empty(), false, Optional.empty(), cursor.spanFrom(constraintStart)));
                }
                case "references" -> {
                    Command.Reference reference = references();
                    inline.add(new Command.ConstraintDef(constraintName, ConstraintKind.FOREIGN_KEY, List.of(name),
                            Optional.of(reference), Optional.empty(), false, Optional.empty(),
                            cursor.spanFrom(constraintStart)));
                }
                case "generated" -> {
                    if (cursor.acceptWords("always", "as", "identity") || cursor.acceptWords("by", "default", "as",
                            "identity")) {
                        identity = true;
                        if (cursor.isPunct("(")) {
                            cursor.skipGroup();
                        }
                    } else {
                        cursor.expectWord("always");
                        cursor.expectWord("as");
                        cursor.expectPunct("(");
                        generated = Optional.of(expressions.expression());
                        cursor.expectPunct(")");
                        cursor.acceptAnyWord("stored", "virtual");
                    }
                }
                case "deferrable", "initially", "immediate", "deferred", "storage", "compression", "enforced" -> {
                    cursor.acceptAnyWord("deferred", "immediate", "plain", "external", "extended", "main",
                            "default", "pglz", "lz4");
                }
                default -> throw new SqlSyntaxException("unexpected " + cursor.text(token.span())
                        + " in the definition of column " + name.name(), token.span());
            }
        }
        return new Command.ColumnDef(name, type, notNull, defaultValue, generated, identity, inline,
                cursor.spanFrom(start));
    }

    private Command.ConstraintDef checkConstraint(Optional<Ident> name, int start) {
        cursor.expectPunct("(");
        Expr check = expressions.expression();
        cursor.expectPunct(")");
        boolean notValid = constraintAttributes();
        return new Command.ConstraintDef(name, ConstraintKind.CHECK, List.of(), Optional.empty(), Optional.of(check),
                notValid, Optional.empty(), cursor.spanFrom(start));
    }

    /** {@code [NOT] DEFERRABLE}, {@code INITIALLY ...}, {@code NOT VALID}, {@code NO INHERIT}; true for NOT VALID. */
    private boolean constraintAttributes() {
        boolean notValid = false;
        while (true) {
            if (cursor.acceptWords("not", "valid")) {
                notValid = true;
            } else if (cursor.acceptWords("no", "inherit") || cursor.acceptWord("deferrable")
                    || cursor.acceptWords("not", "deferrable") || cursor.acceptWords("initially", "deferred")
                    || cursor.acceptWords("initially", "immediate") || cursor.acceptWord("enforced")
                    || cursor.acceptWords("not", "enforced")) {
                continue;
            } else {
                return notValid;
            }
        }
    }

    /** {@code INCLUDE (...)}, {@code WITH (...)}, {@code USING INDEX TABLESPACE x} after UNIQUE or PRIMARY KEY. */
    private void indexConstraintOptions() {
        while (true) {
            if (cursor.acceptWords("nulls", "not", "distinct") || cursor.acceptWords("nulls", "distinct")) {
                continue;
            }
            if (cursor.acceptWord("include") || cursor.acceptWord("with")) {
                cursor.skipGroup();
            } else if (cursor.acceptWords("using", "index", "tablespace")) {
                cursor.ident();
            } else {
                return;
            }
        }
    }

    private Command.ConstraintDef tableConstraint() {
        int start = cursor.nextStart();
        Optional<Ident> name = cursor.acceptWord("constraint") ? Optional.of(cursor.ident()) : Optional.empty();
        Token kind = cursor.next();
        switch (kind.kind() == Token.Kind.WORD ? kind.value() : "") {
            case "check" -> {
                return checkConstraint(name, start);
            }
            case "primary", "unique" -> {
                ConstraintKind constraintKind = kind.value().equals("unique") ? ConstraintKind.UNIQUE
                        : ConstraintKind.PRIMARY_KEY;
                if (constraintKind == ConstraintKind.PRIMARY_KEY) {
                    cursor.expectWord("key");
                }
                if (cursor.acceptWords("using", "index")) {
                    Ident index = cursor.ident();
                    boolean notValid = constraintAttributes();
                    return new Command.ConstraintDef(name, constraintKind, List.of(), Optional.empty(),
                            Optional.empty(), notValid, Optional.of(index), cursor.spanFrom(start));
                }
                cursor.acceptWords("nulls", "not", "distinct");
                cursor.acceptWords("nulls", "distinct");
                List<Ident> columns = cursor.parenthesizedIdents();
                indexConstraintOptions();
                boolean notValid = constraintAttributes();
                return new Command.ConstraintDef(name, constraintKind, columns, Optional.empty(), Optional.empty(),
                        notValid, Optional.empty(), cursor.spanFrom(start));
            }
            case "foreign" -> {
                cursor.expectWord("key");
                List<Ident> columns = cursor.parenthesizedIdents();
                cursor.expectWord("references");
                Command.Reference reference = references();
                boolean notValid = constraintAttributes();
                return new Command.ConstraintDef(name, ConstraintKind.FOREIGN_KEY, columns, Optional.of(reference),
                        Optional.empty(), notValid, Optional.empty(), cursor.spanFrom(start));
            }
            case "exclude" -> {
                cursor.skipUntil(t -> t.isPunct(",") || t.isPunct(")") || t.isWord("not"));
                boolean notValid = constraintAttributes();
                return new Command.ConstraintDef(name, ConstraintKind.EXCLUSION, List.of(), Optional.empty(),
                        Optional.empty(), notValid, Optional.empty(), cursor.spanFrom(start));
            }
            default -> throw new SqlSyntaxException("expected a table constraint", kind.span());
        }
    }

    /** After {@code REFERENCES}: {@code table [(cols)] [MATCH ...] [ON DELETE a] [ON UPDATE a]}. */
    private Command.Reference references() {
        SqlName table = cursor.name();
        List<Ident> columns = cursor.isPunct("(") ? cursor.parenthesizedIdents() : List.of();
        Optional<String> onDelete = Optional.empty();
        Optional<String> onUpdate = Optional.empty();
        while (true) {
            if (cursor.acceptWord("match")) {
                cursor.acceptAnyWord("full", "partial", "simple");
            } else if (cursor.acceptWords("on", "delete")) {
                onDelete = Optional.of(referentialAction());
            } else if (cursor.acceptWords("on", "update")) {
                onUpdate = Optional.of(referentialAction());
            } else if (!constraintAttributesPresent()) {
                return new Command.Reference(table, columns, onDelete, onUpdate);
            }
        }
    }

    private boolean constraintAttributesPresent() {
        return (cursor.isWord("deferrable") || cursor.isWord("initially")
                || (cursor.isWord("not") && cursor.isWord(1, "deferrable"))) && !constraintAttributes();
    }

    private String referentialAction() {
        if (cursor.acceptWords("no", "action")) {
            return "NO ACTION";
        }
        if (cursor.acceptWord("restrict")) {
            return "RESTRICT";
        }
        if (cursor.acceptWord("cascade")) {
            return "CASCADE";
        }
        cursor.expectWord("set");
        String action = cursor.acceptWord("null") ? "SET NULL" : null;
        if (action == null) {
            cursor.expectWord("default");
            action = "SET DEFAULT";
        }
        if (cursor.isPunct("(")) {
            cursor.skipGroup();
        }
        return action;
    }

    private Command createIndex(boolean unique) {
        boolean concurrently = cursor.acceptWord("concurrently");
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        Optional<Ident> name = cursor.isWord("on") ? Optional.empty() : Optional.of(cursor.ident());
        cursor.expectWord("on");
        cursor.acceptWord("only");
        SqlName table = cursor.name();
        String method = cursor.acceptWord("using") ? cursor.ident().name() : "btree";
        cursor.expectPunct("(");
        List<Command.IndexKey> keys = new ArrayList<>();
        do {
            keys.add(indexKey());
        } while (cursor.acceptPunct(","));
        cursor.expectPunct(")");
        List<Ident> include = cursor.acceptWord("include") ? cursor.parenthesizedIdents() : List.of();
        Optional<Expr> predicate = Optional.empty();
        while (!cursor.atEnd()) {
            if (cursor.acceptWords("nulls", "not", "distinct") || cursor.acceptWords("nulls", "distinct")) {
                continue;
            }
            if (cursor.acceptWord("with")) {
                cursor.skipGroup();
            } else if (cursor.acceptWord("tablespace")) {
                cursor.ident();
            } else if (cursor.acceptWord("where")) {
                predicate = Optional.of(expressions.expression());
            } else {
                throw cursor.fail("unexpected text in CREATE INDEX");
            }
        }
        return new Command.CreateIndex(name, table, unique, concurrently, ifNotExists, method, keys, include,
                predicate);
    }

    private Command.IndexKey indexKey() {
        int start = cursor.nextStart();
        Expr expression;
        if (cursor.isPunct("(") || (cursor.peek().isIdentifier()
                && (cursor.peek(1).isPunct("(") || cursor.peek(1).isPunct(".")))) {
            expression = expressions.expression();
        } else {
            Ident column = cursor.ident();
            expression = new Expr.ColumnRef(List.of(column.name()), column.span());
        }
        Optional<String> collation = cursor.acceptWord("collate") ? Optional.of(cursor.name().display())
                : Optional.empty();
        Optional<String> opclass = Optional.empty();
        if (cursor.peek().isIdentifier() && !cursor.isWord("asc") && !cursor.isWord("desc")
                && !cursor.isWord("nulls")) {
            opclass = Optional.of(cursor.name().display());
            if (cursor.isPunct("(")) {
                cursor.skipGroup();
            }
        }
        List<String> ordering = new ArrayList<>();
        cursor.acceptAnyWord("asc", "desc").ifPresent(o -> ordering.add(o.toUpperCase(Locale.ROOT)));
        if (cursor.acceptWord("nulls")) {
            String which = cursor.acceptAnyWord("first", "last").orElseThrow(() -> cursor.fail("expected FIRST or LAST"));
            ordering.add("NULLS " + which.toUpperCase(Locale.ROOT));
        }
        return new Command.IndexKey(expression, collation, opclass,
                ordering.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", ordering)),
                cursor.spanFrom(start));
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
                        if (!cursor.acceptWord("to") && !cursor.isOperator("=")) {
                            throw cursor.fail("expected TO or = in SET");
                        }
                        cursor.acceptPunct("=");
                        if (cursor.isOperator("=")) {
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

    private Command alter() {
        cursor.expectWord("alter");
        Token kind = cursor.next();
        switch (kind.kind() == Token.Kind.WORD ? kind.value() : "") {
            case "table" -> {
                return alterTable();
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
            case "sequence", "function", "procedure", "schema", "view", "materialized", "role", "user", "policy",
                 "extension", "database", "default", "domain", "trigger", "publication", "subscription", "owner",
                 "aggregate", "operator", "collation", "server", "event", "statistics", "routine", "group",
                 "system", "tablespace", "rule", "foreign", "large", "language", "text" -> {
                return skipAll("ALTER " + kind.value().toUpperCase(Locale.ROOT));
            }
            default -> throw new SqlSyntaxException("unsupported ALTER statement", kind.span());
        }
    }

    private Command alterTable() {
        boolean ifExists = cursor.acceptWords("if", "exists");
        cursor.acceptWord("only");
        SqlName table = cursor.name();
        if (cursor.isOperator("*")) {
            cursor.next();
        }
        List<Command.AlterAction> actions = new ArrayList<>();
        do {
            actions.add(alterAction());
        } while (cursor.acceptPunct(","));
        cursor.expectEnd();
        return new Command.AlterTable(table, ifExists, actions);
    }

    private Command.AlterAction alterAction() {
        int start = cursor.nextStart();
        Token first = cursor.peek();
        if (first.isWord("add")) {
            cursor.next();
            Token next = cursor.peek();
            if (next.kind() == Token.Kind.WORD && TABLE_CONSTRAINT_STARTS.contains(next.value())
                    && !cursor.peek(1).isPunct(",") && !isColumnDefinitionAhead()) {
                Command.ConstraintDef constraint = tableConstraint();
                return new Command.AlterAction.AddConstraint(constraint, cursor.spanFrom(start));
            }
            cursor.acceptWord("column");
            boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
            Command.ColumnDef column = columnDef();
            return new Command.AlterAction.AddColumn(column, ifNotExists, cursor.spanFrom(start));
        }
        if (first.isWord("drop")) {
            cursor.next();
            if (cursor.acceptWord("constraint")) {
                boolean ifExists = cursor.acceptWords("if", "exists");
                Ident name = cursor.ident();
                boolean cascade = dropBehaviour();
                return new Command.AlterAction.DropConstraint(name, ifExists, cascade, cursor.spanFrom(start));
            }
            cursor.acceptWord("column");
            boolean ifExists = cursor.acceptWords("if", "exists");
            Ident column = cursor.ident();
            boolean cascade = dropBehaviour();
            return new Command.AlterAction.DropColumn(column, ifExists, cascade, cursor.spanFrom(start));
        }
        if (first.isWord("alter")) {
            cursor.next();
            if (cursor.isWord("constraint")) {
                return otherAction(start);
            }
            cursor.acceptWord("column");
            Ident column = cursor.ident();
            return alterColumn(column, start);
        }
        if (cursor.acceptWords("validate", "constraint")) {
            Ident name = cursor.ident();
            return new Command.AlterAction.ValidateConstraint(name, cursor.spanFrom(start));
        }
        if (first.isWord("rename")) {
            cursor.next();
            if (cursor.acceptWord("to")) {
                return new Command.AlterAction.RenameTable(cursor.ident(), cursor.spanFrom(start));
            }
            boolean constraint = cursor.acceptWord("constraint");
            if (!constraint) {
                cursor.acceptWord("column");
            }
            Ident from = cursor.ident();
            cursor.expectWord("to");
            Ident to = cursor.ident();
            return constraint ? new Command.AlterAction.RenameConstraint(from, to, cursor.spanFrom(start))
                    : new Command.AlterAction.RenameColumn(from, to, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("set", "schema")) {
            return new Command.AlterAction.SetSchema(cursor.ident(), cursor.spanFrom(start));
        }
        if (first.kind() != Token.Kind.WORD) {
            throw cursor.fail("expected an ALTER TABLE action");
        }
        return otherAction(start);
    }

    /** {@code ADD CHECK ...} is a constraint but {@code ADD "check" text} would be a column named check. */
    private boolean isColumnDefinitionAhead() {
        Token second = cursor.peek(1);
        return cursor.isWord("constraint") ? false
                : !(second.isPunct("(") || second.isWord("key") || second.isWord("using") || second.isWord("nulls"));
    }

    private Command.AlterAction otherAction(int start) {
        cursor.skipUntil(t -> t.isPunct(","));
        Span span = cursor.spanFrom(start);
        return new Command.AlterAction.Other(normalizeSpace(cursor.text(span)), span);
    }

    private static String normalizeSpace(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private Command.AlterAction alterColumn(Ident column, int start) {
        if (cursor.acceptWords("set", "data", "type") || cursor.acceptWord("type")) {
            TypeName type = expressions.type();
            if (cursor.acceptWord("collate")) {
                cursor.name();
            }
            Optional<Expr> using = cursor.acceptWord("using") ? Optional.of(expressions.expression())
                    : Optional.empty();
            return new Command.AlterAction.AlterColumnType(column, type, using, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("set", "not", "null")) {
            return new Command.AlterAction.SetNotNull(column, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("drop", "not", "null")) {
            return new Command.AlterAction.DropNotNull(column, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("set", "default")) {
            Expr value = expressions.expression();
            return new Command.AlterAction.SetDefault(column, value, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("drop", "default")) {
            return new Command.AlterAction.DropDefault(column, cursor.spanFrom(start));
        }
        return otherAction(start);
    }

    /** {@code CASCADE} (true) or {@code RESTRICT} / nothing (false). */
    private boolean dropBehaviour() {
        if (cursor.acceptWord("cascade")) {
            return true;
        }
        cursor.acceptWord("restrict");
        return false;
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
                boolean cascade = dropBehaviour();
                cursor.expectEnd();
                return new Command.DropTable(names, ifExists, cascade);
            }
            case "index" -> {
                boolean concurrently = cursor.acceptWord("concurrently");
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = dropBehaviour();
                cursor.expectEnd();
                return new Command.DropIndex(names, concurrently, ifExists, cascade);
            }
            case "type", "domain" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = dropBehaviour();
                cursor.expectEnd();
                return new Command.DropType(names, ifExists, cascade);
            }
            case "schema", "extension" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<Ident> names = cursor.identList();
                boolean cascade = dropBehaviour();
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
                boolean cascade = dropBehaviour();
                cursor.expectEnd();
                return new Command.DropView(names, materialized, ifExists, cascade);
            }
            case "sequence" -> {
                boolean ifExists = cursor.acceptWords("if", "exists");
                List<SqlName> names = cursor.nameList();
                boolean cascade = dropBehaviour();
                cursor.expectEnd();
                return new Command.DropSequence(names, ifExists, cascade);
            }
            case "function", "procedure", "routine" -> {
                return dropFunction(word.equals("procedure"));
            }
            case "trigger", "policy", "rule" -> {
                cursor.acceptWords("if", "exists");
                cursor.ident();
                cursor.expectWord("on");
                cursor.name();
                dropBehaviour();
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
        boolean cascade = dropBehaviour();
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
            value = normalizeSpace(cursor.text(cursor.spanFrom(start)));
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
        boolean cascade = dropBehaviour();
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
