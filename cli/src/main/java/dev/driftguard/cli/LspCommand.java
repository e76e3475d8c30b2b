package dev.driftguard.cli;

import dev.driftguard.lsp.LanguageServerLauncher;
import dev.driftguard.lsp.LspOptions;
import dev.driftguard.lsp.TargetSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code driftguard lsp}: the language server, on stdin and stdout. Takes the options of {@code lint}; without
 * {@code PROJECT_DIR} the project is the editor's workspace root.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Serve the Language Server Protocol on stdin/stdout, for editors (docs/editors.md).",
                "The target is read once; the editor's driftguard.refreshTarget command reads it again."})
final class LspCommand extends ProjectCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        // PROJECT_DIR defaults to "."; only one the user typed overrides the workspace root the editor sends.
        boolean explicitDir = !spec.commandLine().getParseResult().matchedPositionals().isEmpty();
        TargetSource source = TargetSource.configured();
        if (target.source != null && target.source.databaseUrl != null) {
            source = TargetSource.database(target.source.databaseUrl);
        } else if (target.source != null && target.source.catalog != null) {
            source = TargetSource.snapshot(target.source.catalog.toAbsolutePath());
        }
        LspOptions options = new LspOptions(
                explicitDir ? Optional.of(project.projectDir.toAbsolutePath()) : Optional.empty(),
                Optional.ofNullable(project.schema).map(Path::toAbsolutePath),
                Optional.ofNullable(project.migrations).map(Path::toAbsolutePath),
                Optional.ofNullable(project.tool), Optional.ofNullable(target.postgresMajor), source,
                LspOptions.DEFAULT_DEBOUNCE);
        LanguageServerLauncher.serveStdio(options);
        return 0;
    }
}
