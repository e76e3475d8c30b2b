package dev.driftguard.lsp;

import dev.driftguard.config.MigrationTool;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the server on a pair of streams, normally the process's stdin and stdout. */
public final class LanguageServerLauncher {

    private LanguageServerLauncher() {
    }

    /**
     * Serves on stdin/stdout until the client closes the connection or sends {@code exit}. From here on
     * {@code System.out} is redirected to stderr: stdout carries the protocol, and one stray line printed by anyone
     * would corrupt it.
     */
    public static void serveStdio(LspOptions options) {
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = new FileInputStream(FileDescriptor.in);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        serve(options, protocolIn, protocolOut);
    }

    /** Serves on the given streams until the input ends. */
    public static void serve(LspOptions options, InputStream in, OutputStream out) {
        DriftguardLanguageServer server = new DriftguardLanguageServer(options);
        ExecutorService requests = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "driftguard-lsp-rpc");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, requests,
                LanguageServerLauncher::guarded);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            DriftguardLanguageServer.log("connection ended", e.getCause());
        } finally {
            requests.shutdownNow();
        }
    }

    /**
     * A handler that throws must not end the read loop: the message is logged and dropped, and the next one is
     * read.
     */
    private static MessageConsumer guarded(MessageConsumer next) {
        return message -> {
            try {
                next.consume(message);
            } catch (RuntimeException e) {
                DriftguardLanguageServer.log("cannot handle " + message, e);
            }
        };
    }

    /**
     * {@code java -cp ... dev.driftguard.lsp.LanguageServerLauncher [PROJECT_DIR] [--catalog FILE]
     * [--database-url URL] [--tool prisma|flyway|sql] [--migrations DIR] [--schema PATH] [--debounce-ms N]};
     * {@code driftguard lsp}
     * is the same with the CLI's option handling.
     */
    public static void main(String[] args) {
        LspOptions options = new LspOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), TargetSource.configured(), LspOptions.DEFAULT_DEBOUNCE);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--catalog" -> options = options.withTarget(TargetSource.snapshot(Path.of(args[++i])));
                case "--database-url" -> options = options.withTarget(TargetSource.database(args[++i]));
                case "--tool" -> {
                    String name = args[++i];
                    MigrationTool tool = MigrationTool.parse(name)
                            .orElseThrow(() -> new IllegalArgumentException("unknown tool " + name));
                    options = new LspOptions(options.projectDir(), options.schema(), options.migrations(),
                            Optional.of(tool), options.postgresMajor(), options.target(), options.debounce());
                }
                case "--migrations" -> options = new LspOptions(options.projectDir(), options.schema(),
                        Optional.of(Path.of(args[++i])), options.tool(), options.postgresMajor(), options.target(),
                        options.debounce());
                case "--schema" -> options = new LspOptions(options.projectDir(), Optional.of(Path.of(args[++i])),
                        options.migrations(), options.tool(), options.postgresMajor(), options.target(),
                        options.debounce());
                case "--debounce-ms" -> options = options.withDebounce(
                        java.time.Duration.ofMillis(Long.parseLong(args[++i])));
                default -> options = options.withProjectDir(Path.of(a));
            }
        }
        serveStdio(options);
        System.exit(0);
    }
}
