package dev.driftguard.cli;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.config.DriftguardConfig;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.tools.MigrationTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The project and where its schema and migrations are; shared by lint, status and drift. */
final class ProjectOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project directory (default: the current one).")
    Path projectDir;

    @Option(names = "--schema", paramLabel = "FILE|DIR",
            description = "schema.prisma, or a folder of .prisma files (default: prisma/schema.prisma).")
    Path schema;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "The migrations folder (default: the tool's: prisma/migrations, Flyway's locations or "
                    + "src/main/resources/db/migration, migrations for sql).")
    Path migrations;

    @Option(names = "--tool", paramLabel = "prisma|flyway|sql", converter = ToolConverter.class,
            description = "The migration tool (default: tool: in driftguard.yaml, else detected from the layout, "
                    + "else prisma).")
    MigrationTool tool;

    /** Reads {@code --tool} case-insensitively, naming the supported tools when the value is none of them. */
    static final class ToolConverter implements CommandLine.ITypeConverter<MigrationTool> {
        @Override
        public MigrationTool convert(String value) {
            return MigrationTool.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + value + "\" is not a supported migration tool; supported: " + MigrationTool.names()));
        }
    }

    private DriftguardConfig config;

    /** The project's {@code driftguard.yaml}, or the defaults; read once. */
    DriftguardConfig config() throws DriftguardException {
        if (config == null) {
            if (!Files.isDirectory(projectDir)) {
                throw new DriftguardException("project directory not found: " + projectDir);
            }
            List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
            rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
            config = Driftguard.loadConfig(projectDir, rules);
        }
        return config;
    }

    /**
     * A builder for this project, with the target the options name, else the snapshot {@code driftguard.yaml}
     * names, else an empty database.
     */
    Driftguard.Builder builder(TargetOptions target, java.io.PrintWriter err) throws DriftguardException {
        DriftguardConfig configuration = config();
        Driftguard.Builder builder = Driftguard.forProject(projectDir).config(configuration)
                .progress(TerminalProgress.forTerminal(err));
        if (schema != null) {
            builder.schema(schema);
        }
        if (migrations != null) {
            builder.migrations(migrations);
        }
        if (tool != null) {
            builder.tool(tool);
        }
        if (target.postgresMajor != null) {
            builder.postgresMajor(target.postgresMajor);
        }
        builder.rowChecks(target.rowChecks());
        Optional<LiveTarget> live = target.live();
        if (live.isPresent()) {
            return builder.against(live.get());
        }
        Optional<CatalogSnapshot> snapshot = target.read();
        if (snapshot.isEmpty() && configuration.catalog().isPresent()) {
            snapshot = Optional.of(TargetOptions.readSnapshot(projectDir.resolve(configuration.catalog().get())));
        }
        snapshot.ifPresent(builder::against);
        return builder;
    }

    /**
     * The project directory relative to the working directory ({@code ""} when they are the same), so that SARIF and
     * GitHub annotations name files from the repository root where CI runs.
     */
    String pathFromWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path dir = projectDir.toAbsolutePath().normalize();
        return dir.startsWith(cwd) ? cwd.relativize(dir).toString().replace('\\', '/') : "";
    }

    /** Where findings without a location are shown in formats that require one: the schema, when there is one. */
    String anchorFile() throws DriftguardException {
        return schema != null && !Files.isDirectory(schema) ? projectDir.relativize(schema).toString()
                : MigrationTools.adapter(migrationTool()).anchorFile(projectDir);
    }

    /** The tool of this run, as core resolves it. */
    MigrationTool migrationTool() throws DriftguardException {
        return MigrationTools.resolve(Optional.ofNullable(tool), config(), projectDir);
    }

    String projectName() {
        Path name = projectDir.toAbsolutePath().normalize().getFileName();
        return name == null ? "driftguard" : name.toString();
    }
}
