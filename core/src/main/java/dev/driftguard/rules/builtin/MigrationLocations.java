package dev.driftguard.rules.builtin;

import dev.driftguard.Location;
import dev.driftguard.migrations.Migration;

/** Where a finding about a whole migration points: its first statement, or the file's start when it has none. */
final class MigrationLocations {
    private MigrationLocations() {
    }

    static Location firstStatement(Migration migration) {
        return migration.script().statements().stream().findFirst()
                .map(s -> migration.source().location(s.span().start(), s.span().end()))
                .orElse(Location.ofFile(migration.source().path()));
    }
}
