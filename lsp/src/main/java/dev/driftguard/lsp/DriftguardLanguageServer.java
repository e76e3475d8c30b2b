package dev.driftguard.lsp;

import dev.driftguard.DriftguardException;
import dev.driftguard.migrations.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Driftguard as a language server: lints the project whenever a migration or schema buffer opens or changes, and
 * answers hovers (what the target has at that point of the history) and code actions (the mechanical fixes).
 *
 * <p>All work runs on one thread, in the order it was asked for: runs never overlap, and a hover sees the buffers
 * as the last change left them. Nothing here writes to {@code System.out}, the protocol channel; problems go to
 * {@code System.err} and, as a diagnostic, to the client.
 */
public final class DriftguardLanguageServer implements LanguageServer, LanguageClientAware {

    /** The command that reads a live target again; the server never does so by itself. */
    public static final String REFRESH_TARGET = "driftguard.refreshTarget";

    private final LspOptions options;
    private final OpenDocuments documents = new OpenDocuments();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "driftguard-lsp-worker");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> published = new HashSet<>();
    private volatile LanguageClient client;
    private volatile ProjectLinter linter;
    private volatile FindingDiagnostics diagnostics;
    private volatile Optional<ScheduledFuture<?>> pendingRun = Optional.empty();
    private volatile Path lastEdited;
    private volatile boolean shutdown;
    private volatile Runnable onExit = () -> System.exit(0);

    public DriftguardLanguageServer(LspOptions options) {
        this.options = options;
    }

    /** What {@code exit} does; by default it ends the JVM, as the protocol expects of a server process. */
    void onExit(Runnable action) {
        this.onExit = action;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        Path projectDir = options.projectDir().or(() -> workspaceRoot(params)).orElse(Path.of(""))
                .toAbsolutePath().normalize();
        linter = new ProjectLinter(options, projectDir);
        diagnostics = new FindingDiagnostics(projectDir, documents::uriOf);
        lastEdited = projectDir;
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(
                List.of(CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite)));
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(REFRESH_TARGET)));
        String version = Optional.ofNullable(getClass().getPackage().getImplementationVersion()).orElse("dev");
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("driftguard", version)));
    }

    @SuppressWarnings("deprecation")
    private static Optional<Path> workspaceRoot(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            return OpenDocuments.path(folders.get(0).getUri());
        }
        return Optional.ofNullable(params.getRootUri()).flatMap(OpenDocuments::path)
                .or(() -> Optional.ofNullable(params.getRootPath()).map(Path::of));
    }

    @Override
    public void initialized(InitializedParams params) {
        // Findings in files nobody has opened yet (a failed migration, the schema) are shown from the start.
        schedule(0);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.supplyAsync(() -> {
            worker.shutdownNow();
            return null;
        });
    }

    @Override
    public void exit() {
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return new Documents();
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new Workspace();
    }

    private final class Documents implements TextDocumentService {
        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
            var doc = params.getTextDocument();
            documents.put(doc.getUri(), doc.getText(), doc.getVersion()).ifPresent(d -> lastEdited = d.path());
            schedule(0);
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
            var changes = params.getContentChanges();
            if (changes.isEmpty()) {
                return;
            }
            // Full sync: the last change holds the whole text.
            documents.put(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText(),
                    params.getTextDocument().getVersion()).ifPresent(d -> lastEdited = d.path());
            schedule(options.debounce().toMillis());
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
            documents.remove(params.getTextDocument().getUri());
            // The file on disk counts again: its unsaved edits are gone.
            schedule(0);
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
            schedule(0);
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
            return onWorker(() -> documents.get(params.getTextDocument().getUri()).flatMap(doc -> {
                TextLines lines = new TextLines(doc.text());
                int offset = lines.offset(params.getPosition());
                return HoverFacts.at(doc.text(), offset).flatMap(name -> {
                    String file = MigrationFiles.display(doc.path(), linter.projectDir());
                    RunProbe probe = RunProbe.at(new RunProbe.Cursor(file, offset, name));
                    try {
                        linter.lint(documents.texts(), probe);
                    } catch (DriftguardException e) {
                        return Optional.of("Driftguard could not lint this project: " + e.getMessage());
                    }
                    return probe.hover();
                });
            }).map(md -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, md))).orElse(null));
        }

        @Override
        public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
            return onWorker(() -> documents.get(params.getTextDocument().getUri()).map(doc -> {
                QuickFixes fixes = new QuickFixes(doc.uri(), MigrationFiles.display(doc.path(), linter.projectDir()),
                        doc.text());
                List<Diagnostic> sent = params.getContext() == null || params.getContext().getDiagnostics() == null
                        ? List.of() : params.getContext().getDiagnostics();
                return fixes.actions(params.getRange(), sent).stream()
                        .map(Either::<Command, CodeAction>forRight).toList();
            }).orElse(List.of()));
        }
    }

    private final class Workspace implements WorkspaceService {
        @Override
        public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
            if (!REFRESH_TARGET.equals(params.getCommand())) {
                return CompletableFuture.failedFuture(new IllegalArgumentException(
                        "unknown command " + params.getCommand()));
            }
            return onWorker(() -> {
                try {
                    linter.refreshTarget();
                    lintNow();
                    return "target refreshed";
                } catch (DriftguardException e) {
                    report("cannot read the target: " + e.getMessage());
                    return "cannot read the target: " + e.getMessage();
                }
            });
        }

        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            schedule(0);
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            schedule(0);
        }
    }

    /** Runs a lint after {@code delayMillis}, replacing one that has not started yet. */
    private synchronized void schedule(long delayMillis) {
        if (shutdown || linter == null) {
            return;
        }
        pendingRun.ifPresent(f -> f.cancel(false));
        try {
            pendingRun = Optional.of(worker.schedule(this::lintNow, delayMillis, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: nobody waits for diagnostics any more.
        }
    }

    private <T> CompletableFuture<T> onWorker(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (RuntimeException | StackOverflowError e) {
                log("request failed", e);
                throw e;
            }
        }, worker);
    }

    /** One run of the session; publishes every file's diagnostics and clears those of files that no longer have any. */
    void lintNow() {
        Path trigger = lastEdited;
        // The buffers as this run sees them: diagnostics carry the versions they were computed from, so that a
        // client can drop those that a newer edit has made stale.
        Map<Path, OpenDocuments.Document> buffers = documents.snapshot();
        Map<Path, String> texts = new java.util.LinkedHashMap<>();
        buffers.forEach((p, d) -> texts.put(p, d.text()));
        Map<Path, List<Diagnostic>> byFile;
        try {
            ProjectLinter.Run run = linter.diagnostics(texts);
            byFile = diagnostics.of(run.report(), run.probe().migrationFiles(), trigger);
        } catch (DriftguardException e) {
            log("lint failed: " + e.getMessage(), null);
            byFile = Map.of(trigger, List.of(FindingDiagnostics.failure(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            log("lint failed", e);
            byFile = Map.of(trigger, List.of(FindingDiagnostics.failure("internal error: " + e)));
        }
        publish(byFile, buffers);
    }

    private synchronized void publish(Map<Path, List<Diagnostic>> byFile, Map<Path, OpenDocuments.Document> buffers) {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        for (Path gone : published) {
            if (!byFile.containsKey(gone)) {
                c.publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(gone), List.of()));
            }
        }
        published.clear();
        // An open buffer with no findings still gets its (empty) list: the editor then knows the run covered it.
        Map<Path, List<Diagnostic>> all = new java.util.LinkedHashMap<>(byFile);
        buffers.keySet().forEach(open -> all.putIfAbsent(open, List.of()));
        all.forEach((file, list) -> {
            if (Files.isDirectory(file)) {
                return;
            }
            PublishDiagnosticsParams p = new PublishDiagnosticsParams(documents.uriOf(file), list);
            Optional.ofNullable(buffers.get(file)).ifPresent(d -> p.setVersion(d.version()));
            c.publishDiagnostics(p);
            published.add(file);
        });
    }

    private void report(String message) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Error, "Driftguard: " + message));
        }
    }

    static void log(String message, Throwable error) {
        System.err.println("driftguard lsp: " + message);
        if (error != null) {
            error.printStackTrace(System.err);
        }
    }
}
