package dev.driftguard.lsp;

import static dev.driftguard.lsp.LanguageServerProcessTest.VPS;
import static dev.driftguard.lsp.LanguageServerProcessTest.open;
import static dev.driftguard.lsp.LanguageServerProcessTest.uri;
import static dev.driftguard.lsp.RecordingClient.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a client sends, and no file, ends the server: it logs to stderr and keeps answering. */
class RobustnessProcessTest {

    @TempDir
    Path project;

    private static void send(ServerProcess s, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        // The launcher's writer is idle here (no request is in flight), so these bytes cannot interleave.
        s.rawStdin().write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        s.rawStdin().write(body);
        s.rawStdin().flush();
    }

    @Test
    void malformedMessagesAreLoggedAndTheServerKeepsAnswering() throws Exception {
        copy(VPS, project);
        try (ServerProcess s = ServerProcess.start(project, project.toString())) {
            send(s, "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"textDocument/hover\",\"params\":{\"textDoc");
            send(s, "this is not JSON at all");
            send(s, "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":7}}");
            send(s, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":null}}");
            send(s, "{\"jsonrpc\":\"2.0\",\"id\":43,\"method\":\"no/such/method\",\"params\":{}}");

            assertThat(s.initialize(project).getCapabilities()).isNotNull();
            String partial = uri(project, "prisma/migrations/20251223_add_partial_indexes/migration.sql");
            s.client.await(partial, d -> hasCode(d, "mutable-function-in-index-predicate"));

            assertThat(s.shutdownAndExit()).isZero();
            assertThat(s.stderrText()).isNotBlank();
        }
    }

    @Test
    void aFileThatDoesNotParseBecomesADiagnosticNotACrash() throws Exception {
        copy(VPS, project);
        try (ServerProcess s = ServerProcess.start(project, project.toString())) {
            s.initialize(project);
            String partial = uri(project, "prisma/migrations/20251223_add_partial_indexes/migration.sql");
            String garbage = "\u0000\u0001\uFFFD CREATE TABLBLE ((( ;; 'never closed \"quote\n$$ dollar";
            open(s, partial, garbage);
            assertThat(s.client.await(partial, 1, d -> !d.isEmpty())).isNotEmpty();

            String schema = uri(project, "prisma/schema.prisma");
            open(s, schema, "model {{{ datasource @@@ \u0000");
            assertThat(s.client.await(schema, 1, d -> hasCode(d, "invalid-schema"))).isNotEmpty();

            Hover hover = s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(partial),
                    new Position(0, 12))).get(60, TimeUnit.SECONDS);
            assertThat(hover == null || hover.getContents() != null).isTrue();
            assertThat(s.server.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(
                    new TextDocumentIdentifier(partial), new org.eclipse.lsp4j.Range(new Position(0, 0),
                    new Position(9, 0)), new org.eclipse.lsp4j.CodeActionContext(List.of())))
                    .get(60, TimeUnit.SECONDS)).isNotNull();
            assertThat(s.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aProjectThatCannotBeReadIsReportedOnTheBuffer() throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations/20250101000000_init"));
        Files.writeString(project.resolve("prisma/migrations/20250101000000_init/migration.sql"), "SELECT 1;\n");
        Files.writeString(project.resolve("driftguard.yaml"), "catalog: missing-snapshot.json\n");
        try (ServerProcess s = ServerProcess.start(project, project.toString())) {
            s.initialize(project);
            String file = uri(project, "prisma/migrations/20250101000000_init/migration.sql");
            open(s, file, "SELECT 1;\n");
            assertThat(s.client.await(file, 1, d -> hasCode(d, "driftguard-error")).get(0).getMessage().getLeft())
                    .contains("missing-snapshot.json");
            assertThat(s.shutdownAndExit()).isZero();
            assertThat(s.stderrText()).contains("missing-snapshot.json");
        }
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
