package dev.driftguard;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a project.
 *
 * @param ruleId    the id of the rule that found it, e.g. {@code mutable-function-in-index-predicate}
 * @param severity  how bad it is, after configuration
 * @param message   one sentence that names the object and the failure or the lock
 * @param location  the token that causes it, when there is one
 * @param migration the migration folder name it belongs to, when it belongs to one
 * @param fix       what to do about it, one line
 * @param sqlState  the SQLSTATE PostgreSQL will raise, for findings that predict a failure
 */
public record Finding(String ruleId, Severity severity, String message, Optional<Location> location,
                      Optional<String> migration, Optional<String> fix, Optional<String> sqlState) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(sqlState, "sqlState");
    }

    /** A copy with another severity, as configuration may ask. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, migration, fix, sqlState);
    }
}
