package dev.driftguard.prisma.syntax;

/** Turns a string literal as written into its value. */
final class StringLiterals {

    private StringLiterals() {
    }

    /** {@code "a\"b"} to {@code a"b}: the escapes Prisma's lexer knows, any other escaped character as itself. */
    static String unescape(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case 'u' -> {
                    if (i + 4 < body.length() && body.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
