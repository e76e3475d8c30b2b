package dev.driftguard.sql;

import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.PartitionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code CREATE TABLE}, {@code ALTER TABLE} and {@code CREATE INDEX}: columns, types, defaults, constraints,
 * index keys and predicates, each with the span of its tokens.
 */
final class TableStatementParser {
    private static final Set<String> TABLE_CONSTRAINT_STARTS =
            Set.of("constraint", "primary", "unique", "check", "foreign", "exclude");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    TableStatementParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /** After {@code CREATE [TEMP|UNLOGGED] TABLE}. */
    Command createTable() {
        boolean ifNotExists = cursor.acceptWords("if", "not", "exists");
        SqlName name = cursor.name();
        List<Command.ColumnDef> columns = new ArrayList<>();
        List<Command.ConstraintDef> constraints = new ArrayList<>();
        List<Command.LikeClause> like = new ArrayList<>();
        Optional<SqlName> partitionOf = Optional.empty();
        if (cursor.acceptWords("partition", "of")) {
            partitionOf = Optional.of(cursor.name());
        } else if (cursor.acceptWord("of")) {
            cursor.name();
        }
        if (cursor.isPunct("(") && !isColumnNameList()) {
            tableElements(columns, constraints, like);
        }
        boolean asSelect = false;
        Optional<PartitionKey> partitionBy = Optional.empty();
        while (!cursor.atEnd()) {
            if (cursor.acceptWord("as")) {
                asSelect = true;
                cursor.skipToEnd();
            } else if (cursor.acceptWord("inherits") || cursor.acceptWord("with")) {
                cursor.skipGroup();
            } else if (cursor.acceptWords("partition", "by")) {
                partitionBy = Optional.of(partitionKey());
            } else if (cursor.acceptWords("for", "values")) {
                cursor.skipUntil(t -> t.isWord("using") || t.isWord("with") || t.isWord("tablespace")
                        || t.isWord("partition"));
            } else if (cursor.acceptWord("using") || cursor.acceptWord("tablespace")) {
                cursor.ident();
            } else if (cursor.acceptWords("on", "commit")) {
                cursor.acceptAnyWord("drop", "delete", "preserve");
                cursor.acceptWord("rows");
            } else if (!cursor.acceptWords("without", "oids") && !cursor.acceptWord("default")) {
                throw cursor.fail("unexpected text after the table definition");
            }
        }
        return new Command.CreateTable(name, ifNotExists, columns, constraints, partitionOf, asSelect, like,
                partitionBy);
    }

    /**
     * After {@code PARTITION BY}: {@code RANGE|LIST|HASH (part, ...)}, each part a column or an expression, with an
     * optional collation and operator class. A column followed by {@code (} is a function call.
     */
    private PartitionKey partitionKey() {
        cursor.acceptAnyWord("range", "list", "hash").orElseThrow(() -> cursor.fail("expected RANGE, LIST or HASH"));
        cursor.expectPunct("(");
        List<String> columns = new ArrayList<>();
        boolean expressions = false;
        do {
            if (cursor.peek().isIdentifier() && !cursor.peek(1).isPunct("(") && !cursor.peek(1).isPunct(".")) {
                columns.add(cursor.ident().name());
            } else {
                expressions = true;
            }
            cursor.skipUntil(t -> t.isPunct(",") || t.isPunct(")"));
        } while (cursor.acceptPunct(","));
        cursor.expectPunct(")");
        return new PartitionKey(columns, expressions);
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

    private void tableElements(List<Command.ColumnDef> columns, List<Command.ConstraintDef> constraints,
                               List<Command.LikeClause> like) {
        cursor.expectPunct("(");
        if (cursor.acceptPunct(")")) {
            return;
        }
        do {
            Token token = cursor.peek();
            if (token.kind() == Token.Kind.WORD && TABLE_CONSTRAINT_STARTS.contains(token.value())) {
                constraints.add(tableConstraint());
            } else if (token.isWord("like")) {
                cursor.next();
                like.add(new Command.LikeClause(cursor.name(), columns.size()));
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
                    if (!cursor.acceptWord("deferrable")) {
                        cursor.expectWord("null");
                        notNull = Optional.of(true);
                    }
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
            } else {
                return new Command.Reference(table, columns, onDelete, onUpdate);
            }
        }
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

    /** After {@code CREATE [UNIQUE] INDEX}. */
    Command createIndex(boolean unique) {
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

    /** After {@code ALTER TABLE}. */
    Command alterTable() {
        boolean ifExists = cursor.acceptWords("if", "exists");
        boolean only = cursor.acceptWord("only");
        SqlName table = cursor.name();
        if (cursor.isOperator("*")) {
            cursor.next();
        }
        List<Command.AlterAction> actions = new ArrayList<>();
        do {
            actions.add(alterAction());
        } while (cursor.acceptPunct(","));
        cursor.expectEnd();
        return new Command.AlterTable(table, ifExists, actions, only);
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
                boolean cascade = cursor.acceptCascade();
                return new Command.AlterAction.DropConstraint(name, ifExists, cascade, cursor.spanFrom(start));
            }
            cursor.acceptWord("column");
            boolean ifExists = cursor.acceptWords("if", "exists");
            Ident column = cursor.ident();
            boolean cascade = cursor.acceptCascade();
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
        if (cursor.acceptWords("attach", "partition")) {
            SqlName partition = cursor.name();
            cursor.skipUntil(t -> t.isPunct(","));
            return new Command.AlterAction.AttachPartition(partition, cursor.spanFrom(start));
        }
        if (cursor.acceptWords("detach", "partition")) {
            SqlName partition = cursor.name();
            cursor.skipUntil(t -> t.isPunct(","));
            return new Command.AlterAction.DetachPartition(partition, cursor.spanFrom(start));
        }
        if (first.kind() != Token.Kind.WORD) {
            throw cursor.fail("expected an ALTER TABLE action");
        }
        return otherAction(start);
    }

    /** {@code ADD CHECK (...)} is a constraint but {@code ADD check text} adds a column named check. */
    private boolean isColumnDefinitionAhead() {
        if (cursor.isWord("constraint")) {
            return false;
        }
        Token second = cursor.peek(1);
        return !(second.isPunct("(") || second.isWord("key") || second.isWord("using") || second.isWord("nulls"));
    }

    private Command.AlterAction otherAction(int start) {
        cursor.skipUntil(t -> t.isPunct(","));
        Span span = cursor.spanFrom(start);
        return new Command.AlterAction.Other(cursor.normalizedText(span), span);
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
}
