package dev.driftguard.tools;

import dev.driftguard.Location;
import dev.driftguard.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the migration tool itself does with a file before PostgreSQL sees any of it: refuses it (a placeholder
 * with no value, a transactional and a non-transactional statement mixed in one Flyway migration, two files of one
 * version) or skips it (a file whose name the tool does not recognise).
 *
 * @param migration the migration's name, when the file is one
 */
public record ToolRefusal(Severity severity, Location location, Optional<String> migration, String message,
                          String fix) {

    public ToolRefusal {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
