package dev.driftguard.catalog;

import java.time.Duration;

/**
 * How long introspection may wait on the target database. The target is usually production: a catalog read must
 * never queue behind a long lock or run unbounded, so both limits are always set.
 *
 * @param statementTimeout {@code statement_timeout} for each catalog query
 * @param lockTimeout      {@code lock_timeout}: how long to wait for a lock another session holds
 * @param connectTimeout   how long to wait for the server to accept the connection
 */
public record ReadLimits(Duration statementTimeout, Duration lockTimeout, Duration connectTimeout) {

    public ReadLimits {
        requirePositive(statementTimeout, "statement timeout");
        requirePositive(lockTimeout, "lock timeout");
        requirePositive(connectTimeout, "connect timeout");
    }

    /** 30 s per statement, 2 s for a lock, 10 s to connect. */
    public static ReadLimits defaults() {
        return new ReadLimits(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    public ReadLimits withStatementTimeout(Duration timeout) {
        return new ReadLimits(timeout, lockTimeout, connectTimeout);
    }

    public ReadLimits withLockTimeout(Duration timeout) {
        return new ReadLimits(statementTimeout, timeout, connectTimeout);
    }

    public ReadLimits withConnectTimeout(Duration timeout) {
        return new ReadLimits(statementTimeout, lockTimeout, timeout);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
