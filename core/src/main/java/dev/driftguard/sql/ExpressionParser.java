package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's expression grammar with its operator precedence (lowest first: OR, AND, NOT, IS, comparison,
 * LIKE/IN/BETWEEN, other operators, + -, * / %, ^, AT TIME ZONE, COLLATE, unary minus, subscript, ::), building
 * {@link Expr} nodes whose spans are exact token ranges.
 */
final class ExpressionParser {
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int IS = 4;
    private static final int COMPARISON = 5;
    private static final int LIKE_IN_BETWEEN = 6;
    private static final int OTHER_OPERATOR = 7;
    private static final int ADDITIVE = 8;
    private static final int MULTIPLICATIVE = 9;
    private static final int EXPONENT = 10;
    private static final int AT_TIME_ZONE = 11;
    private static final int COLLATE = 12;
    private static final int UNARY = 13;
    private static final int MAX_DEPTH = 200;

    private static final Set<String> COMPARISONS = Set.of("<", ">", "=", "<=", ">=", "<>");
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "user", "current_catalog",
            "current_schema");
    private static final Set<String> WITH_PRECISION = Set.of("current_timestamp", "current_time", "localtimestamp",
            "localtime");
    private static final Set<String> NOT_FUNCTIONS = Set.of("coalesce", "nullif", "greatest", "least");
    private static final Set<String> SPECIAL_SYNTAX = Set.of("position", "substring", "trim", "overlay", "xmlelement",
            "xmlforest", "xmlparse", "xmlserialize", "normalize");
    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table");

    private final TokenCursor cursor;
    private final TypeNameParser types;
    private int depth;

    ExpressionParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.types = new TypeNameParser(cursor);
    }

    TypeName type() {
        return types.parse();
    }

    /** A full expression ({@code a_expr}). */
    Expr expression() {
        return parse(OR, false);
    }

    /**
     * A restricted expression ({@code b_expr}) as a column DEFAULT takes: no AND, OR, NOT, IS, LIKE, IN or BETWEEN
     * at the top, so that {@code DEFAULT 0 NOT NULL} ends before {@code NOT}.
     */
    Expr restrictedExpression() {
        return parse(OR, true);
    }

    private Expr parse(int minPrecedence, boolean restricted) {
        if (++depth > MAX_DEPTH) {
            throw cursor.fail("expression nested too deeply");
        }
        try {
            int start = cursor.nextStart();
            Expr left = prefix(restricted);
            while (true) {
                Token token = cursor.peek();
                int precedence = infixPrecedence(token, restricted);
                if (precedence < minPrecedence || precedence == 0) {
                    return left;
                }
                left = infix(left, start, precedence, restricted);
            }
        } finally {
            depth--;
        }
    }

    private int infixPrecedence(Token token, boolean restricted) {
        if (cursor.atEnd()) {
            return 0;
        }
        return switch (token.kind()) {
            case WORD -> wordPrecedence(token.value(), restricted);
            case OPERATOR -> switch (token.value()) {
                case "<", ">", "=", "<=", ">=", "<>" -> COMPARISON;
                case "+", "-" -> ADDITIVE;
                case "*", "/", "%" -> MULTIPLICATIVE;
                case "^" -> EXPONENT;
                default -> OTHER_OPERATOR;
            };
            default -> 0;
        };
    }

    private int wordPrecedence(String word, boolean restricted) {
        if (word.equals("at") && cursor.isWord(1, "time") && cursor.isWord(2, "zone")) {
            return AT_TIME_ZONE;
        }
        if (word.equals("collate")) {
            return COLLATE;
        }
        if (restricted) {
            return 0;
        }
        return switch (word) {
            case "or" -> OR;
            case "and" -> AND;
            case "is", "isnull", "notnull" -> IS;
            case "like", "ilike", "similar", "in", "between" -> LIKE_IN_BETWEEN;
            case "not" -> {
                Token after = cursor.peek(1);
                yield after.isWord("like") || after.isWord("ilike") || after.isWord("similar") || after.isWord("in")
                        || after.isWord("between") ? LIKE_IN_BETWEEN : 0;
            }
            default -> 0;
        };
    }

    private Expr infix(Expr left, int start, int precedence, boolean restricted) {
        Token token = cursor.next();
        if (token.kind() == Token.Kind.OPERATOR) {
            Expr right = parse(precedence + 1, restricted);
            return new Expr.BinaryOp(token.value(), left, right, token.span(), cursor.spanFrom(start));
        }
        switch (token.value()) {
            case "or", "and" -> {
                Expr right = parse(precedence + 1, restricted);
                return new Expr.BinaryOp(token.value().toUpperCase(Locale.ROOT), left, right, token.span(),
                        cursor.spanFrom(start));
            }
            case "isnull", "notnull" -> {
                return new Expr.IsTest(left, "NULL", token.value().equals("notnull"), cursor.spanFrom(start));
            }
            case "is" -> {
                return isTest(left, start, restricted);
            }
            case "at" -> {
                cursor.expectWord("time");
                cursor.expectWord("zone");
                Expr zone = parse(precedence + 1, restricted);
                return new Expr.AtTimeZone(left, zone, cursor.spanFrom(start));
            }
            case "collate" -> {
                cursor.name();
                return new Expr.Opaque("collate", cursor.text(cursor.spanFrom(start)), List.of(left),
                        cursor.spanFrom(start));
            }
            default -> {
                return likeInBetween(left, start, token, restricted);
            }
        }
    }

    private Expr isTest(Expr left, int start, boolean restricted) {
        boolean negated = cursor.acceptWord("not");
        if (cursor.acceptWords("distinct", "from")) {
            Expr right = parse(IS + 1, restricted);
            Span span = cursor.spanFrom(start);
            return new Expr.Opaque(negated ? "is not distinct from" : "is distinct from", cursor.text(span),
                    List.of(left, right), span);
        }
        Token test = cursor.next();
        if (test.kind() != Token.Kind.WORD) {
            throw new SqlSyntaxException("expected NULL, TRUE, FALSE or UNKNOWN after IS", test.span());
        }
        return new Expr.IsTest(left, test.value().toUpperCase(Locale.ROOT), negated, cursor.spanFrom(start));
    }

    private Expr likeInBetween(Expr left, int start, Token first, boolean restricted) {
        boolean negated = first.isWord("not");
        Token keyword = negated ? cursor.next() : first;
        switch (keyword.value()) {
            case "like", "ilike" -> {
                String op = (negated ? "!" : "") + (keyword.value().equals("like") ? "~~" : "~~*");
                Span operatorSpan = new Span(first.start(), keyword.end());
                Expr right = parse(LIKE_IN_BETWEEN + 1, restricted);
                if (cursor.acceptWord("escape")) {
                    parse(LIKE_IN_BETWEEN + 1, restricted);
                }
                return new Expr.BinaryOp(op, left, right, operatorSpan, cursor.spanFrom(start));
            }
            case "similar" -> {
                cursor.expectWord("to");
                Expr right = parse(LIKE_IN_BETWEEN + 1, restricted);
                Span span = cursor.spanFrom(start);
                return new Expr.Opaque("similar to", cursor.text(span), List.of(left, right), span);
            }
            case "between" -> {
                cursor.acceptWord("symmetric");
                Expr low = parse(LIKE_IN_BETWEEN + 1, true);
                cursor.expectWord("and");
                Expr high = parse(LIKE_IN_BETWEEN + 1, restricted);
                return new Expr.Between(left, low, high, negated, cursor.spanFrom(start));
            }
            default -> {
                if (cursor.isPunct("(") && isQueryStart(cursor.peek(1))) {
                    Expr query = subquery("subquery");
                    Span span = cursor.spanFrom(start);
                    return new Expr.Opaque(negated ? "not in" : "in", cursor.text(span), List.of(left, query), span);
                }
                cursor.expectPunct("(");
                List<Expr> elements = expressionList(")");
                cursor.expectPunct(")");
                return new Expr.InList(left, elements, negated, cursor.spanFrom(start));
            }
        }
    }

    private static boolean isQueryStart(Token token) {
        return token.kind() == Token.Kind.WORD && QUERY_STARTS.contains(token.value());
    }

    private List<Expr> expressionList(String close) {
        List<Expr> elements = new ArrayList<>();
        if (cursor.isPunct(close)) {
            return elements;
        }
        do {
            elements.add(expression());
        } while (cursor.acceptPunct(","));
        return elements;
    }

    private Expr prefix(boolean restricted) {
        int start = cursor.nextStart();
        Token token = cursor.peek();
        if (token.isWord("not") && !restricted) {
            cursor.next();
            Expr operand = parse(NOT, false);
            return new Expr.UnaryOp("NOT", operand, cursor.spanFrom(start));
        }
        if (token.kind() == Token.Kind.OPERATOR) {
            cursor.next();
            if ((token.value().equals("-") || token.value().equals("+"))
                    && cursor.peek().kind() == Token.Kind.NUMBER && token.end() == cursor.nextStart()) {
                Token number = cursor.next();
                String value = (token.value().equals("-") ? "-" : "") + number.value();
                return postfix(new Expr.Literal(numberKind(number.value()), value, cursor.spanFrom(start)), start);
            }
            int precedence = token.value().equals("-") || token.value().equals("+") ? UNARY : OTHER_OPERATOR + 1;
            Expr operand = parse(precedence, restricted);
            return new Expr.UnaryOp(token.value(), operand, cursor.spanFrom(start));
        }
        return postfix(primary(), start);
    }

    private Expr postfix(Expr operand, int start) {
        Expr result = operand;
        while (true) {
            if (cursor.isPunct("::")) {
                cursor.next();
                TypeName type = types.parse();
                result = new Expr.Cast(result, type, cursor.spanFrom(start));
            } else if (cursor.isPunct("[")) {
                cursor.next();
                List<Expr> children = new ArrayList<>();
                children.add(result);
                if (!cursor.isPunct(":")) {
                    children.add(expression());
                }
                if (cursor.acceptPunct(":") && !cursor.isPunct("]")) {
                    children.add(expression());
                }
                cursor.expectPunct("]");
                Span span = cursor.spanFrom(start);
                result = new Expr.Opaque("subscript", cursor.text(span), children, span);
            } else if (cursor.isPunct(".") && (cursor.peek(1).isIdentifier() || cursor.peek(1).isOperator("*"))) {
                cursor.next();
                cursor.next();
                Span span = cursor.spanFrom(start);
                result = new Expr.Opaque("field", cursor.text(span), List.of(result), span);
            } else {
                return result;
            }
        }
    }

    private static Expr.Literal.Kind numberKind(String number) {
        return number.indexOf('.') >= 0 || number.indexOf('e') >= 0 || number.indexOf('E') >= 0
                ? Expr.Literal.Kind.NUMERIC : Expr.Literal.Kind.INTEGER;
    }

    private Expr primary() {
        int start = cursor.nextStart();
        Token token = cursor.peek();
        switch (token.kind()) {
            case NUMBER -> {
                cursor.next();
                return new Expr.Literal(numberKind(token.value()), token.value(), token.span());
            }
            case STRING -> {
                cursor.next();
                return new Expr.Literal(Expr.Literal.Kind.STRING, token.value(), token.span());
            }
            case PARAM -> {
                cursor.next();
                return new Expr.Opaque("parameter", token.value(), List.of(), token.span());
            }
            case PUNCT -> {
                return punctuation(token, start);
            }
            case WORD -> {
                return word(token, start);
            }
            case QUOTED_IDENT -> {
                return nameOrCall(start);
            }
            default -> throw cursor.fail("expected an expression");
        }
    }

    private Expr punctuation(Token token, int start) {
        if (token.isPunct("(")) {
            if (isQueryStart(cursor.peek(1))) {
                return subquery("subquery");
            }
            cursor.next();
            Expr first = expression();
            if (cursor.acceptPunct(",")) {
                List<Expr> elements = new ArrayList<>();
                elements.add(first);
                elements.addAll(expressionList(")"));
                cursor.expectPunct(")");
                return new Expr.RowConstructor(elements, cursor.spanFrom(start));
            }
            cursor.expectPunct(")");
            return first;
        }
        if (token.isPunct("[")) {
            cursor.next();
            List<Expr> elements = expressionList("]");
            cursor.expectPunct("]");
            return new Expr.ArrayConstructor(elements, cursor.spanFrom(start));
        }
        throw cursor.fail("expected an expression");
    }

    /** {@code (SELECT ...)}: kept whole, its inside not modelled. */
    private Expr subquery(String kind) {
        int start = cursor.nextStart();
        cursor.skipGroup();
        Span span = cursor.spanFrom(start);
        return new Expr.Opaque(kind, cursor.text(span), List.of(), span);
    }

    private Expr word(Token token, int start) {
        String word = token.value();
        Token after = cursor.peek(1);
        switch (word) {
            case "true", "false" -> {
                cursor.next();
                return new Expr.Literal(Expr.Literal.Kind.BOOLEAN, word, token.span());
            }
            case "null" -> {
                cursor.next();
                return new Expr.Literal(Expr.Literal.Kind.NULL, "null", token.span());
            }
            case "case" -> {
                return caseExpression(start);
            }
            case "default" -> {
                cursor.next();
                return new Expr.Opaque("default", "DEFAULT", List.of(), token.span());
            }
            default -> {
                // handled below
            }
        }
        if (after.isPunct("(")) {
            switch (word) {
                case "cast" -> {
                    cursor.next();
                    cursor.next();
                    Expr operand = expression();
                    cursor.expectWord("as");
                    TypeName type = types.parse();
                    cursor.expectPunct(")");
                    return new Expr.Cast(operand, type, cursor.spanFrom(start));
                }
                case "array", "exists" -> {
                    cursor.next();
                    Expr query = subquery("subquery");
                    Span span = cursor.spanFrom(start);
                    return new Expr.Opaque(word, cursor.text(span), List.of(query), span);
                }
                case "any", "all", "some" -> {
                    cursor.next();
                    Expr inner = isQueryStart(cursor.peek(1)) ? subquery("subquery") : parenthesized();
                    Span span = cursor.spanFrom(start);
                    return new Expr.Opaque(word, cursor.text(span), List.of(inner), span);
                }
                case "row" -> {
                    cursor.next();
                    cursor.next();
                    List<Expr> elements = expressionList(")");
                    cursor.expectPunct(")");
                    return new Expr.RowConstructor(elements, cursor.spanFrom(start));
                }
                case "extract" -> {
                    return extract(token, start);
                }
                default -> {
                    if (NOT_FUNCTIONS.contains(word)) {
                        cursor.next();
                        cursor.next();
                        List<Expr> arguments = expressionList(")");
                        cursor.expectPunct(")");
                        Span span = cursor.spanFrom(start);
                        return new Expr.Opaque(word, cursor.text(span), arguments, span);
                    }
                    if (SPECIAL_SYNTAX.contains(word)) {
                        cursor.next();
                        cursor.skipGroup();
                        Span span = cursor.spanFrom(start);
                        return new Expr.Opaque(word, cursor.text(span), List.of(), span);
                    }
                    if (WITH_PRECISION.contains(word) && cursor.peek(2).kind() == Token.Kind.NUMBER
                            && cursor.peek(3).isPunct(")")) {
                        cursor.next();
                        cursor.skipGroup();
                        return new Expr.SqlValueFunction(word.toUpperCase(Locale.ROOT),
                                cursor.spanFrom(start));
                    }
                }
            }
        }
        if (word.equals("array") && after.isPunct("[")) {
            cursor.next();
            cursor.next();
            List<Expr> elements = expressionList("]");
            cursor.expectPunct("]");
            return new Expr.ArrayConstructor(elements, cursor.spanFrom(start));
        }
        if (VALUE_FUNCTIONS.contains(word) && !after.isPunct("(") && !after.isPunct(".")) {
            cursor.next();
            return new Expr.SqlValueFunction(word.toUpperCase(Locale.ROOT), token.span());
        }
        if (TypeNameParser.MULTIWORD_STARTS.contains(word) && !after.isPunct(".") && !after.isPunct("(")) {
            Optional<Expr> typed = typedLiteral(start);
            if (typed.isPresent()) {
                return typed.get();
            }
        }
        return nameOrCall(start);
    }

    private Expr parenthesized() {
        cursor.expectPunct("(");
        Expr inner = expression();
        cursor.expectPunct(")");
        return inner;
    }

    /** {@code timestamp with time zone '...'}, {@code interval '1 day'}: a cast of a string literal. */
    private Optional<Expr> typedLiteral(int start) {
        int mark = cursor.position();
        try {
            TypeName type = types.parse();
            if (cursor.peek().kind() == Token.Kind.STRING) {
                Token literal = cursor.next();
                if (type.name().equals("interval")) {
                    while (cursor.acceptAnyWord("year", "month", "day", "hour", "minute", "second", "to")
                            .isPresent()) {
                        // interval qualifiers such as DAY TO SECOND only narrow the value
                    }
                }
                return Optional.of(new Expr.Cast(
                        new Expr.Literal(Expr.Literal.Kind.STRING, literal.value(), literal.span()), type,
                        cursor.spanFrom(start)));
            }
        } catch (SqlSyntaxException notAType) {
            // not a typed literal: read it as a name below
        }
        cursor.reset(mark);
        return Optional.empty();
    }

    private Expr extract(Token name, int start) {
        cursor.next();
        cursor.next();
        Token field = cursor.next();
        if (!field.isIdentifier() && field.kind() != Token.Kind.STRING) {
            throw new SqlSyntaxException("expected a field name in EXTRACT", field.span());
        }
        Expr.Literal fieldLiteral = new Expr.Literal(Expr.Literal.Kind.STRING, field.value(), field.span());
        cursor.expectWord("from");
        Expr source = expression();
        cursor.expectPunct(")");
        return new Expr.FunctionCall(SqlName.unqualified("extract", name.span()), List.of(fieldLiteral, source),
                false, name.span(), cursor.spanFrom(start));
    }

    private Expr caseExpression(int start) {
        cursor.next();
        Optional<Expr> operand = cursor.isWord("when") ? Optional.empty() : Optional.of(expression());
        List<Expr.Case.When> whens = new ArrayList<>();
        while (cursor.acceptWord("when")) {
            Expr condition = expression();
            cursor.expectWord("then");
            whens.add(new Expr.Case.When(condition, expression()));
        }
        if (whens.isEmpty()) {
            throw cursor.fail("expected WHEN");
        }
        Optional<Expr> otherwise = cursor.acceptWord("else") ? Optional.of(expression()) : Optional.empty();
        cursor.expectWord("end");
        return new Expr.Case(operand, whens, otherwise, cursor.spanFrom(start));
    }

    /** A column reference, a function call or a typed literal such as {@code date '2024-01-01'}. */
    private Expr nameOrCall(int start) {
        List<String> parts = new ArrayList<>();
        parts.add(cursor.ident().name());
        while (cursor.isPunct(".")) {
            Token after = cursor.peek(1);
            if (after.isIdentifier()) {
                cursor.next();
                parts.add(cursor.ident().name());
            } else if (after.isOperator("*")) {
                cursor.next();
                cursor.next();
                parts.add("*");
                break;
            } else {
                break;
            }
        }
        Span nameSpan = cursor.spanFrom(start);
        if (cursor.isPunct("(")) {
            return call(parts, nameSpan, start);
        }
        if (cursor.peek().kind() == Token.Kind.STRING && parts.size() <= 2) {
            Token literal = cursor.next();
            String name = parts.get(parts.size() - 1);
            Optional<String> schema = parts.size() == 2 ? Optional.of(parts.get(0)) : Optional.empty();
            TypeName type = new TypeName(schema, TypeNameParser.canonical(name), List.of(), 0, cursor.text(nameSpan),
                    nameSpan);
            return new Expr.Cast(new Expr.Literal(Expr.Literal.Kind.STRING, literal.value(), literal.span()), type,
                    cursor.spanFrom(start));
        }
        return new Expr.ColumnRef(parts, nameSpan);
    }

    private Expr call(List<String> parts, Span nameSpan, int start) {
        SqlName name = parts.size() == 1 ? SqlName.unqualified(parts.get(0), nameSpan)
                : new SqlName(Optional.of(parts.get(parts.size() - 2)), parts.get(parts.size() - 1), nameSpan);
        cursor.expectPunct("(");
        boolean star = false;
        List<Expr> arguments = new ArrayList<>();
        boolean aggregateSyntax = false;
        if (cursor.isOperator("*") && cursor.peek(1).isPunct(")")) {
            cursor.next();
            star = true;
        } else if (!cursor.isPunct(")")) {
            aggregateSyntax = cursor.acceptAnyWord("distinct", "all", "variadic").isPresent();
            do {
                if (cursor.peek().isIdentifier() && (cursor.peek(1).isOperator("=>") || cursor.peek(1).isOperator(":="))) {
                    cursor.next();
                    cursor.next();
                }
                if (cursor.acceptWord("variadic")) {
                    aggregateSyntax = true;
                }
                arguments.add(expression());
            } while (cursor.acceptPunct(","));
            if (cursor.isWord("order")) {
                aggregateSyntax = true;
                cursor.skipUntil(t -> t.isPunct(")"));
            }
        }
        cursor.expectPunct(")");
        Expr call = new Expr.FunctionCall(name, arguments, star, nameSpan, cursor.spanFrom(start));
        if (cursor.isWord("within") || cursor.isWord("filter") || cursor.isWord("over")) {
            aggregateSyntax = true;
            while (cursor.acceptAnyWord("within", "group", "filter").isPresent() || cursor.isPunct("(")) {
                if (cursor.isPunct("(")) {
                    cursor.skipGroup();
                }
            }
            if (cursor.acceptWord("over")) {
                if (cursor.isPunct("(")) {
                    cursor.skipGroup();
                } else {
                    cursor.ident();
                }
            }
        }
        if (aggregateSyntax) {
            Span span = cursor.spanFrom(start);
            return new Expr.Opaque("aggregate", cursor.text(span), List.of(call), span);
        }
        return call;
    }
}
