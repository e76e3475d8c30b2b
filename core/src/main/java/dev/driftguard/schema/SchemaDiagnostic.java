package dev.driftguard.schema;

import dev.driftguard.Location;
import dev.driftguard.Severity;

/** A problem in the schema file itself, such as a syntax error or an unknown type. */
public record SchemaDiagnostic(Severity severity, String message, Location location) {
}
