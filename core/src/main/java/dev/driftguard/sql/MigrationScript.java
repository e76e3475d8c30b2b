package dev.driftguard.sql;

import dev.driftguard.SourceFile;
import java.util.List;

/** A parsed migration file: its source and its statements in order. */
public record MigrationScript(SourceFile source, List<SqlStatement> statements) {
    public MigrationScript {
        statements = List.copyOf(statements);
    }
}
