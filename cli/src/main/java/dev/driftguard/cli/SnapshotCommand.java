package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.TargetDatabaseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code driftguard snapshot}: reads the target's catalog and history, writes them as JSON for offline lints. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Read the target database (read-only) and write its catalog and migration history as JSON.",
        footer = {"", "Example:", "  driftguard snapshot --database-url postgresql://readonly@db:5432/app > catalog.json"})
final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--database-url", paramLabel = "URL", required = true,
            description = "The target: postgresql://user@host:5432/db or jdbc:postgresql://...")
    String databaseUrl;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws DriftguardException {
        String json;
        try {
            json = CatalogSnapshotJson.toJson(CatalogIntrospector.read(ConnectionSettings.parse(databaseUrl)));
        } catch (TargetDatabaseException e) {
            throw new DriftguardException(e.getMessage(), e);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
            return 0;
        }
        try {
            Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".driftguard-", ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            Files.move(temp, output.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DriftguardException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
