package dev.driftguard.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server as an editor runs it: a separate JVM on this test's class path, spoken to over its real stdin and stdout
 * through LSP4J's client launcher. Its stderr goes to a file, so that a test can show it and check stdout stayed
 * clean.
 */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final LanguageServer server;
    final RecordingClient client = new RecordingClient();
    final Path stderr;
    private final Future<Void> listening;
    private final OutputStream stdin;

    private ServerProcess(Process process, Path stderr, boolean launch) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.getOutputStream();
        if (launch) {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                    stdin);
            this.server = launcher.getRemoteProxy();
            this.listening = launcher.startListening();
        } else {
            this.server = null;
            this.listening = null;
        }
    }

    static ServerProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, true, args);
    }

    /** With {@code launch} false the test owns the raw streams, e.g. to send malformed bytes. */
    static ServerProcess start(Path workDir, boolean launch, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LanguageServerLauncher.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("driftguard-lsp", ".stderr");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(err.toFile()).start();
        return new ServerProcess(p, err, launch);
    }

    InitializeResult initialize(Path root) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "project")));
        params.setCapabilities(new ClientCapabilities());
        InitializeResult result = server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    InputStream rawStdout() {
        return process.getInputStream();
    }

    OutputStream rawStdin() {
        return stdin;
    }

    String stderrText() throws IOException {
        return Files.readString(stderr);
    }

    /** shutdown then exit, as an editor ends a session; returns the exit code. */
    int shutdownAndExit() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        if (listening != null) {
            listening.cancel(true);
        }
        Files.deleteIfExists(stderr);
    }
}
