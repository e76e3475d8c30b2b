package dev.driftguard.catalog;

/**
 * The target database could not be read. The message is one line that names the cause and never contains a
 * password; the CLI prints it as is and exits with status 2.
 */
public final class TargetDatabaseException extends RuntimeException {

    /** Why the read failed. */
    public enum Reason {
        /** The URL or settings cannot describe a connection. */
        INVALID_SETTINGS,
        /** No server answered: refused, unknown host, timed out. */
        UNREACHABLE,
        /** The server rejected the user or password. */
        AUTHENTICATION_FAILED,
        /** The database named in the URL does not exist. */
        DATABASE_NOT_FOUND,
        /** The user may not read a catalog view or the migration history. */
        PERMISSION_DENIED,
        /** The connection broke during the read. */
        CONNECTION_LOST,
        /** {@code statement_timeout} or {@code lock_timeout} expired. */
        TIMED_OUT,
        /** Any other server error. */
        READ_FAILED
    }

    private final Reason reason;

    public TargetDatabaseException(Reason reason, String message) {
        super(oneLine(message));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
