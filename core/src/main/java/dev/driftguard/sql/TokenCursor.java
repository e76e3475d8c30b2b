package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one statement's tokens front to back; every name it returns carries the span of its tokens. */
final class TokenCursor {

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private final String source;
    private final List<Token> tokens;
    private final int endOffset;
    /** What {@link #peek} returns past the last token. */
    private final Token end;
    private int index;

    /**
     * @param source    the whole file
     * @param tokens    the statement's tokens
     * @param endOffset where the statement ends, for errors at its end
     */
    TokenCursor(String source, List<Token> tokens, int endOffset) {
        this.source = source;
        this.tokens = tokens;
        this.endOffset = endOffset;
        this.end = new Token(Token.Kind.PUNCT, endOffset, endOffset, "<end>");
    }

    String source() {
        return source;
    }

    int position() {
        return index;
    }

    void reset(int position) {
        index = position;
    }

    int remaining() {
        return tokens.size() - index;
    }

    boolean atEnd() {
        return index >= tokens.size();
    }

    /** The current token, or a zero-width end marker. */
    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int at = index + ahead;
        return at < tokens.size() ? tokens.get(at) : end;
    }

    Token next() {
        if (atEnd()) {
            throw new SqlSyntaxException("unexpected end of statement", new Span(endOffset, endOffset));
        }
        return tokens.get(index++);
    }

    /** End offset of the last token consumed. */
    int lastEnd() {
        return index == 0 ? (tokens.isEmpty() ? endOffset : tokens.get(0).start()) : tokens.get(index - 1).end();
    }

    int nextStart() {
        return peek().start();
    }

    Span spanFrom(int start) {
        return new Span(start, Math.max(start, lastEnd()));
    }

    String text(Span span) {
        return source.substring(span.start(), span.end());
    }

    boolean isWord(String keyword) {
        return peek().isWord(keyword);
    }

    boolean isWord(int ahead, String keyword) {
        return peek(ahead).isWord(keyword);
    }

    boolean isPunct(String punct) {
        return peek().isPunct(punct);
    }

    boolean isOperator(String operator) {
        return peek().isOperator(operator);
    }

    /** Consumes the words in order when all of them come next. */
    boolean acceptWords(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).isWord(keywords[i])) {
                return false;
            }
        }
        index += keywords.length;
        return true;
    }

    boolean acceptWord(String keyword) {
        if (isWord(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    Optional<String> acceptAnyWord(String... keywords) {
        for (String keyword : keywords) {
            if (isWord(keyword)) {
                index++;
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }

    Token expectWord(String keyword) {
        if (!isWord(keyword)) {
            throw fail("expected " + keyword.toUpperCase(Locale.ROOT));
        }
        return next();
    }

    boolean acceptPunct(String punct) {
        if (isPunct(punct)) {
            index++;
            return true;
        }
        return false;
    }

    Token expectPunct(String punct) {
        if (!isPunct(punct)) {
            throw fail("expected '" + punct + "'");
        }
        return next();
    }

    void expectEnd() {
        if (!atEnd()) {
            throw fail("unexpected text after the statement");
        }
    }

    Ident ident() {
        Token token = peek();
        if (!token.isIdentifier()) {
            throw fail("expected an identifier");
        }
        index++;
        return new Ident(token.value(), token.span());
    }

    /** {@code name}, {@code schema.name} or {@code catalog.schema.name} (the catalog is dropped). */
    SqlName name() {
        int start = nextStart();
        List<String> parts = new ArrayList<>();
        parts.add(ident().name());
        while (isPunct(".") && peek(1).isIdentifier()) {
            index++;
            parts.add(ident().name());
        }
        Span span = spanFrom(start);
        String name = parts.get(parts.size() - 1);
        return parts.size() == 1 ? SqlName.unqualified(name, span)
                : new SqlName(Optional.of(parts.get(parts.size() - 2)), name, span);
    }

    List<SqlName> nameList() {
        List<SqlName> names = new ArrayList<>();
        do {
            names.add(name());
        } while (acceptPunct(","));
        return names;
    }

    List<Ident> identList() {
        List<Ident> idents = new ArrayList<>();
        do {
            idents.add(ident());
        } while (acceptPunct(","));
        return idents;
    }

    /** {@code ( a, b )}. */
    List<Ident> parenthesizedIdents() {
        expectPunct("(");
        List<Ident> idents = identList();
        expectPunct(")");
        return idents;
    }

    /** Consumes a parenthesized group, the current token being its {@code (} or {@code [}. */
    void skipGroup() {
        int depth = 0;
        do {
            Token token = next();
            if (token.isPunct("(") || token.isPunct("[")) {
                depth++;
            } else if (token.isPunct(")") || token.isPunct("]")) {
                depth--;
            }
        } while (depth > 0);
    }

    /** Consumes tokens up to (not including) a top-level token that satisfies {@code stop}, or the end. */
    void skipUntil(java.util.function.Predicate<Token> stop) {
        while (!atEnd() && !stop.test(peek())) {
            if (isPunct("(") || isPunct("[")) {
                skipGroup();
            } else {
                index++;
            }
        }
    }

    void skipToEnd() {
        index = tokens.size();
    }

    /** {@code CASCADE} (true) or {@code RESTRICT} or nothing (false), after a DROP. */
    boolean acceptCascade() {
        if (acceptWord("cascade")) {
            return true;
        }
        acceptWord("restrict");
        return false;
    }

    /** The text of a span with runs of whitespace made single spaces, for descriptions. */
    String normalizedText(Span span) {
        return BLANKS.matcher(text(span)).replaceAll(" ").trim();
    }

    SqlSyntaxException fail(String message) {
        Token token = peek();
        String found = atEnd() ? "end of statement" : "\"" + source.substring(token.start(), token.end()) + "\"";
        if (found.length() > 40) {
            found = found.substring(0, 37) + "...\"";
        }
        return new SqlSyntaxException(message + ", found " + found, token.span());
    }
}
