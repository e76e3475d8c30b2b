package dev.driftguard.catalog;

import java.util.Optional;

/** A sequence, with the column that owns it for serial and identity columns. */
public record Sequence(QualifiedName name, String dataType, Optional<String> ownedBy) {
}
