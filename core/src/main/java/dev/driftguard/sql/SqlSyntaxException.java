package dev.driftguard.sql;

/** Thrown inside the front end where a recognizer gives up; never leaves the package (it becomes Unparsed). */
final class SqlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Span span;

    SqlSyntaxException(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }

    Span span() {
        return span;
    }
}
