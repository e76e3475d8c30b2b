package dev.driftguard.sql;

/**
 * One PostgreSQL lexical token with its exact place in the file.
 *
 * @param kind  what sort of token
 * @param start offset of its first character in the file
 * @param end   offset just after its last character
 * @param value for words the folded identifier, for quoted identifiers and strings the unescaped content, for
 *              anything else the text as written; for {@link Kind#ERROR} the reason
 */
record Token(Kind kind, int start, int end, String value) {

    enum Kind {
        /** An unquoted word: a keyword or an identifier, value lower-cased. */
        WORD,
        QUOTED_IDENT,
        STRING,
        NUMBER,
        /** {@code $1}. */
        PARAM,
        OPERATOR,
        /** {@code ( ) [ ] , ; . : ::}. */
        PUNCT,
        /** Text the scanner could not finish: an unterminated quote or comment, running to the end of input. */
        ERROR
    }

    Span span() {
        return new Span(start, end);
    }

    /** Whether this is the unquoted word {@code keyword} (lower case). */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && value.equals(keyword);
    }

    boolean isPunct(String punct) {
        return kind == Kind.PUNCT && value.equals(punct);
    }

    boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && value.equals(operator);
    }

    /** An identifier: an unquoted word or a quoted identifier. */
    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENT;
    }
}
