package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexical rules, enough to split a migration and to locate every token: dollar quoting, standard and
 * {@code E'...'} strings, quoted identifiers, nested block comments, line comments and operators. Comments and
 * whitespace produce no token. Never throws: what cannot be finished becomes one {@link Token.Kind#ERROR} token
 * running to the end of the input.
 */
final class PgScanner {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** An operator containing one of these may end in {@code +} or {@code -}, as in PostgreSQL's scan.l. */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#^&|`?";

    private final String text;
    private final int end;
    private int pos;

    private PgScanner(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    /** The tokens of {@code text[start, end)}, with offsets into {@code text}. */
    static List<Token> scan(String text, int start, int end) {
        return new PgScanner(text, start, end).scanAll();
    }

    static List<Token> scan(String text) {
        return scan(text, 0, text.length());
    }

    private List<Token> scanAll() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            Token token = next();
            if (token == null) {
                return tokens;
            }
            tokens.add(token);
            if (token.kind() == Token.Kind.ERROR) {
                return tokens;
            }
        }
    }

    private Token next() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                while (pos < end && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int start = pos;
                if (!skipBlockComment()) {
                    return new Token(Token.Kind.ERROR, start, end, "unterminated /* comment");
                }
            } else {
                return token(c);
            }
        }
        return null;
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < end ? text.charAt(at) : '\0';
    }

    private boolean skipBlockComment() {
        int depth = 0;
        while (pos < end) {
            if (text.startsWith("/*", pos) && pos + 1 < end) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos) && pos + 1 < end) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return true;
                }
            } else {
                pos++;
            }
        }
        return false;
    }

    private Token token(char c) {
        int start = pos;
        if (c == '\'') {
            return quoted(start, start + 1, '\'', false, Token.Kind.STRING);
        }
        if (c == '"') {
            return quoted(start, start + 1, '"', false, Token.Kind.QUOTED_IDENT);
        }
        if ((c == 'E' || c == 'e') && peek(1) == '\'') {
            return quoted(start, start + 2, '\'', true, Token.Kind.STRING);
        }
        if ((c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && peek(1) == '\'') {
            return quoted(start, start + 2, '\'', false, Token.Kind.STRING);
        }
        if ((c == 'U' || c == 'u') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            char quote = peek(2);
            return quoted(start, start + 3, quote, false, quote == '\'' ? Token.Kind.STRING : Token.Kind.QUOTED_IDENT);
        }
        if (c == '$') {
            return dollar(start);
        }
        if (isIdentStart(c)) {
            pos++;
            while (pos < end && isIdentPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Token.Kind.WORD, start, pos, truncate(foldCase(text.substring(start, pos))));
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            return number(start);
        }
        if (c == ':' && peek(1) == ':') {
            pos += 2;
            return new Token(Token.Kind.PUNCT, start, pos, "::");
        }
        if ("()[],;.:".indexOf(c) >= 0) {
            pos++;
            return new Token(Token.Kind.PUNCT, start, pos, String.valueOf(c));
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator(start);
        }
        pos++;
        return new Token(Token.Kind.OPERATOR, start, pos, String.valueOf(c));
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers (in UTF-8 databases). */
    static String foldCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                char[] chars = word.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return word;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private Token quoted(int start, int contentStart, char quote, boolean backslashEscapes, Token.Kind kind) {
        StringBuilder value = new StringBuilder();
        pos = contentStart;
        while (pos < end) {
            char ch = text.charAt(pos);
            if (backslashEscapes && ch == '\\' && pos + 1 < end) {
                pos = unescape(value);
            } else if (ch == quote) {
                if (peek(1) == quote) {
                    value.append(quote);
                    pos += 2;
                } else {
                    pos++;
                    String content = value.toString();
                    return new Token(kind, start, pos, kind == Token.Kind.QUOTED_IDENT ? truncate(content) : content);
                }
            } else {
                value.append(ch);
                pos++;
            }
        }
        pos = end;
        String what = kind == Token.Kind.STRING ? "quoted string" : "quoted identifier";
        return new Token(Token.Kind.ERROR, start, end, "unterminated " + what);
    }

    /**
     * Appends the character an {@code E'...'} escape at {@code pos} stands for ({@code \\n}, octal {@code \\101},
     * hex {@code \\x41}, {@code \\u0041}, {@code \\U00000041}, or the escaped character itself) and returns the
     * position after it.
     */
    private int unescape(StringBuilder value) {
        char escaped = text.charAt(pos + 1);
        int next = pos + 2;
        switch (escaped) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'x', 'u', 'U' -> {
                int digits = escaped == 'x' ? 2 : escaped == 'u' ? 4 : 8;
                int stop = next;
                while (stop < end && stop - next < digits && Character.digit(text.charAt(stop), 16) >= 0) {
                    stop++;
                }
                if (stop == next || (escaped != 'x' && stop - next < digits)) {
                    value.append(escaped);
                } else {
                    int codePoint = Integer.parseInt(text, next, stop, 16);
                    value.appendCodePoint(Character.isValidCodePoint(codePoint) ? codePoint : '\uFFFD');
                    next = stop;
                }
            }
            default -> {
                if (escaped >= '0' && escaped <= '7') {
                    int stop = pos + 1;
                    while (stop < end && stop - pos - 1 < 3 && text.charAt(stop) >= '0' && text.charAt(stop) <= '7') {
                        stop++;
                    }
                    value.append((char) (Integer.parseInt(text, pos + 1, stop, 8) & 0xFF));
                    next = stop;
                } else {
                    value.append(escaped);
                }
            }
        }
        return next;
    }

    /** PostgreSQL cuts identifiers to NAMEDATALEN - 1 = 63 bytes, never inside a character. */
    static String truncate(String identifier) {
        if (identifier.length() <= 21) {
            return identifier;
        }
        int bytes = 0;
        for (int i = 0; i < identifier.length(); ) {
            int codePoint = identifier.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > 63) {
                return identifier.substring(0, i);
            }
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return identifier;
    }

    private Token dollar(int start) {
        if (Character.isDigit(peek(1))) {
            pos++;
            while (pos < end && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return new Token(Token.Kind.PARAM, start, pos, text.substring(start, pos));
        }
        int tagEnd = pos + 1;
        if (tagEnd < end && isIdentStart(text.charAt(tagEnd))) {
            tagEnd++;
            while (tagEnd < end && isIdentPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= end || text.charAt(tagEnd) != '$') {
            pos++;
            return new Token(Token.Kind.OPERATOR, start, pos, "$");
        }
        String tag = text.substring(start, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        if (close < 0 || close + tag.length() > end) {
            pos = end;
            return new Token(Token.Kind.ERROR, start, end, "unterminated dollar-quoted string " + tag);
        }
        pos = close + tag.length();
        return new Token(Token.Kind.STRING, start, pos, text.substring(tagEnd + 1, close));
    }

    private Token number(int start) {
        while (pos < end && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < end && text.charAt(pos) == '.' && peek(1) != '.') {
            pos++;
            while (pos < end && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < end && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < end && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < end && Character.isDigit(text.charAt(pos))) {
                while (pos < end && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return new Token(Token.Kind.NUMBER, start, pos, text.substring(start, pos));
    }

    private Token operator(int start) {
        int stop = pos;
        while (stop < end && OPERATOR_CHARS.indexOf(text.charAt(stop)) >= 0) {
            if (stop > start && (text.startsWith("--", stop) || text.startsWith("/*", stop))) {
                break;
            }
            stop++;
        }
        int length = stop - start;
        if (length > 1) {
            boolean nonMath = false;
            for (int i = start; i < stop; i++) {
                if (NON_MATH_OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
                    nonMath = true;
                    break;
                }
            }
            if (!nonMath) {
                while (length > 1 && (text.charAt(start + length - 1) == '+' || text.charAt(start + length - 1) == '-')) {
                    length--;
                }
            }
        }
        pos = start + length;
        String op = text.substring(start, pos);
        return new Token(Token.Kind.OPERATOR, start, pos, op.equals("!=") ? "<>" : op);
    }
}
