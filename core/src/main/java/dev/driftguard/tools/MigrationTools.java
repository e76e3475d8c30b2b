package dev.driftguard.tools;

import dev.driftguard.config.DriftguardConfig;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.tools.flyway.FlywayTool;
import dev.driftguard.tools.prisma.PrismaTool;
import dev.driftguard.tools.sqlfolder.SqlFolderTool;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The supported migration tools, and which one a project uses when nobody says. */
public final class MigrationTools {

    private MigrationTools() {
    }

    /** The adapter of a tool. */
    public static MigrationToolAdapter adapter(MigrationTool tool) {
        return switch (tool) {
            case PRISMA -> new PrismaTool();
            case FLYWAY -> new FlywayTool();
            case SQL -> new SqlFolderTool();
        };
    }

    /**
     * The tool of a run: the one asked for, else the one the configuration names, else the one whose layout the
     * project has, else Prisma.
     */
    public static MigrationTool resolve(Optional<MigrationTool> asked, DriftguardConfig config, Path projectDir) {
        return asked.or(config::tool).or(() -> detect(projectDir)).orElse(MigrationTool.PRISMA);
    }

    /**
     * The tool whose layout the project has: Prisma's {@code prisma/migrations} first (the tool Driftguard started
     * with), then Flyway's configuration files or {@code V1__name.sql} folders. A plain folder of SQL files is never
     * guessed: it has to be asked for.
     */
    public static Optional<MigrationTool> detect(Path projectDir) {
        for (MigrationToolAdapter adapter : List.of(new PrismaTool(), new FlywayTool())) {
            if (adapter.recognizes(projectDir)) {
                return Optional.of(adapter.tool());
            }
        }
        return Optional.empty();
    }
}
