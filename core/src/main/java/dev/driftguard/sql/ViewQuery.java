package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the query of a {@code CREATE VIEW ... AS SELECT ...} names, read from its tokens: the relations in its
 * {@code FROM} and {@code JOIN} clauses (with aliases) and the column names it mentions, qualified or not. A view
 * depends on what it names: PostgreSQL refuses to drop those columns and tables while the view exists (2BP01).
 * The reading is deliberately narrow: what it cannot place (an unqualified name two relations have, a name inside
 * a construct it does not follow) is left out, so a dependency is only ever reported when it is certain.
 *
 * @param relations the relations read, in order
 * @param columns   column mentions; {@code qualifier} is a relation name or alias when written
 * @param stars     qualifiers of {@code q.*}; an empty qualifier stands for a bare {@code *}
 */
public record ViewQuery(List<RelationRef> relations, List<ColumnMention> columns, List<Optional<String>> stars) {

    public ViewQuery {
        relations = List.copyOf(relations);
        columns = List.copyOf(columns);
        stars = List.copyOf(stars);
    }

    /** A relation in {@code FROM} or {@code JOIN}. */
    public record RelationRef(SqlName name, Optional<String> alias) {
    }

    /** {@code col} or {@code q.col}. */
    public record ColumnMention(Optional<String> qualifier, String column) {
    }

    private static final Set<String> NOT_ALIASES = Set.of("where", "join", "inner", "left", "right", "full", "cross",
            "natural", "on", "using", "group", "order", "limit", "offset", "fetch", "window", "union", "intersect",
            "except", "having", "lateral", "tablesample", "with", "for", "returning", "outer");
    /** Reserved words that are never a column when written unquoted. */
    private static final Set<String> RESERVED = Set.of("select", "from", "where", "and", "or", "not", "is", "null",
            "true", "false", "as", "on", "join", "group", "by", "order", "having", "limit", "offset", "case", "when",
            "then", "else", "end", "distinct", "all", "in", "between", "like", "ilike", "exists", "union",
            "intersect", "except", "asc", "desc", "nulls", "first", "last", "left", "right", "inner", "outer", "full",
            "cross", "natural", "using", "with", "lateral", "only", "cast", "filter", "over", "partition", "window",
            "any", "some", "array", "row", "fetch", "next", "rows", "similar", "escape", "collate", "both",
            "leading", "trailing", "current_date", "current_timestamp", "current_time", "localtime",
            "localtimestamp", "current_user", "session_user", "user", "interval", "at", "zone");
    private static final Set<String> ENDS_FROM_LIST = Set.of("where", "group", "having", "order", "limit", "offset",
            "fetch", "window", "union", "intersect", "except", "on", "using", "returning", "for");

    /** The query of the view statement at {@code span} in {@code text}; empty when no {@code AS} query is found. */
    public static Optional<ViewQuery> of(String text, Span span) {
        List<Token> tokens = PgScanner.scan(text, span.start(), span.end());
        int start = -1;
        int depth = 0;
        boolean afterView = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.ERROR) {
                return Optional.empty();
            }
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (t.isWord("view")) {
                afterView = true;
            } else if (afterView && depth == 0 && t.isWord("as")) {
                start = i + 1;
                break;
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(read(tokens.subList(start, tokens.size())));
    }

    /**
     * What the {@code USING} and {@code WITH CHECK} expressions of the {@code CREATE POLICY} or {@code ALTER POLICY}
     * statement at {@code span} name, read as a view's query is (a subquery's {@code FROM} gives relations); empty
     * when the statement has neither or does not scan.
     */
    public static Optional<ViewQuery> ofPolicy(String text, Span span) {
        List<Token> tokens = PgScanner.scan(text, span.start(), span.end());
        List<RelationRef> relations = new ArrayList<>();
        List<ColumnMention> columns = new ArrayList<>();
        List<Optional<String>> stars = new ArrayList<>();
        boolean found = false;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.ERROR) {
                return Optional.empty();
            }
            boolean opens = depth == 0 && (t.isWord("using") || t.isWord("check"))
                    && i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(");
            if (opens) {
                int end = closing(tokens, i + 1);
                ViewQuery part = read(tokens.subList(i + 2, Math.max(i + 2, end)));
                relations.addAll(part.relations());
                columns.addAll(part.columns());
                stars.addAll(part.stars());
                found = true;
                i = end;
                continue;
            }
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            }
        }
        return found ? Optional.of(new ViewQuery(relations, columns, stars)) : Optional.empty();
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}, or the end. */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                depth++;
            } else if (tokens.get(i).isPunct(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    private static ViewQuery read(List<Token> tokens) {
        List<RelationRef> relations = new ArrayList<>();
        List<ColumnMention> columns = new ArrayList<>();
        List<Optional<String>> stars = new ArrayList<>();
        // Per parenthesis depth: whether a comma there starts another relation of a FROM list.
        boolean[] fromList = new boolean[tokens.size() + 2];
        int depth = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
                fromList[depth] = false;
                i++;
                continue;
            }
            if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
                i++;
                continue;
            }
            boolean startsRelation = t.isWord("from") || t.isWord("join")
                    || (t.isPunct(",") && fromList[depth]);
            if (startsRelation) {
                if (t.isWord("from")) {
                    fromList[depth] = true;
                }
                i = relation(tokens, i + 1, relations);
                continue;
            }
            if (t.kind() == Token.Kind.WORD && ENDS_FROM_LIST.contains(t.value())) {
                fromList[depth] = false;
            }
            if (t.isOperator("*") && (i == 0 || precedesStar(tokens.get(i - 1)))) {
                stars.add(Optional.empty());
                i++;
                continue;
            }
            if (t.isIdentifier()) {
                if (i > 0 && tokens.get(i - 1).isWord("as")) {
                    i++;
                    continue;
                }
                if (next(tokens, i).map(n -> n.isPunct("(")).orElse(false)) {
                    i++;
                    continue;
                }
                if (next(tokens, i).map(n -> n.isPunct(".")).orElse(false)) {
                    Optional<Token> after = next(tokens, i + 1);
                    if (after.isPresent() && after.get().isOperator("*")) {
                        stars.add(Optional.of(t.value()));
                        i += 3;
                        continue;
                    }
                    if (after.isPresent() && after.get().isIdentifier()
                            && !next(tokens, i + 2).map(n -> n.isPunct(".") || n.isPunct("(")).orElse(false)) {
                        columns.add(new ColumnMention(Optional.of(t.value()), after.get().value()));
                        i += 3;
                        continue;
                    }
                    // schema.table.column, or a function call: not followed.
                    i += 2;
                    continue;
                }
                if (!(t.kind() == Token.Kind.WORD && RESERVED.contains(t.value()))) {
                    columns.add(new ColumnMention(Optional.empty(), t.value()));
                }
            }
            i++;
        }
        return new ViewQuery(relations, columns, stars);
    }

    private static boolean precedesStar(Token previous) {
        return previous.isWord("select") || previous.isPunct(",") || previous.isWord("distinct")
                || previous.isWord("all");
    }

    /** Reads {@code [ONLY|LATERAL] name [.name] [[AS] alias]} from {@code i}; returns where it stopped. */
    private static int relation(List<Token> tokens, int i, List<RelationRef> into) {
        while (i < tokens.size() && (tokens.get(i).isWord("only") || tokens.get(i).isWord("lateral"))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
            return i;
        }
        Token first = tokens.get(i);
        Optional<String> schema = Optional.empty();
        Token name = first;
        int j = i + 1;
        if (j + 1 < tokens.size() && tokens.get(j).isPunct(".") && tokens.get(j + 1).isIdentifier()) {
            schema = Optional.of(first.value());
            name = tokens.get(j + 1);
            j += 2;
        }
        if (j < tokens.size() && tokens.get(j).isPunct("(")) {
            // A function in FROM: its arguments are read as any expression.
            return i + 1;
        }
        Optional<String> alias = Optional.empty();
        if (j < tokens.size() && tokens.get(j).isWord("as")) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).isIdentifier()
                && !(tokens.get(j).kind() == Token.Kind.WORD && NOT_ALIASES.contains(tokens.get(j).value()))) {
            alias = Optional.of(tokens.get(j).value());
            j++;
        }
        into.add(new RelationRef(new SqlName(schema, name.value(), new Span(first.start(), name.end())), alias));
        return j;
    }

    private static Optional<Token> next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? Optional.of(tokens.get(i + 1)) : Optional.empty();
    }
}
