package dev.driftguard;

/**
 * Driftguard itself cannot run: a missing or unreadable input, a target that cannot be read, a broken configuration.
 * The message is one line, names the input and the cause, and never contains a password.
 */
public class DriftguardException extends Exception {

    public DriftguardException(String message) {
        super(message);
    }

    public DriftguardException(String message, Throwable cause) {
        super(message, cause);
    }
}
