package dev.driftguard.lsp;

import static dev.driftguard.lsp.RecordingClient.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * The server as an editor sees it: a separate process on real stdio, driven through LSP4J's client launcher, on the
 * incident example and on a clean project.
 */
class LanguageServerProcessTest {

    static final Path VPS = Path.of("..", "examples", "vps-subset").toAbsolutePath().normalize();
    static final Path CLEAN = Path.of("..", "examples", "clean-project").toAbsolutePath().normalize();
    private static final String MIGRATIONS = "prisma/migrations/";

    static String uri(Path project, String file) {
        return project.resolve(file).toUri().toString();
    }

    static void open(ServerProcess s, String uri, String text) {
        s.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "sql", 1, text)));
    }

    static void change(ServerProcess s, String uri, int version, String text) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    static String hover(ServerProcess s, String uri, String text, String at) throws Exception {
        int offset = text.indexOf(at) + 1;
        Position position = new TextLines(text).positionOf(offset);
        Hover hover = s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                position)).get(60, TimeUnit.SECONDS);
        assertThat(hover).as("hover at " + at).isNotNull();
        return hover.getContents().getRight().getValue();
    }

    static List<CodeAction> actions(ServerProcess s, String uri, Range range, List<Diagnostic> diagnostics)
            throws Exception {
        return s.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                range, new CodeActionContext(diagnostics))).get(60, TimeUnit.SECONDS).stream()
                .map(Either::getRight).toList();
    }

    @Test
    void theIncidentAppearsInTheEditorAndFollowsTheEdits() throws Exception {
        String partial = uri(VPS, MIGRATIONS + "20251223_add_partial_indexes/migration.sql");
        String gin = uri(VPS, MIGRATIONS + "20251223_add_gin_indexes/migration.sql");
        String schema = uri(VPS, "prisma/schema.prisma");
        try (ServerProcess s = ServerProcess.start(VPS, VPS.toString())) {
            InitializeResult init = s.initialize(VPS);
            assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();

            // Every finding is published at start-up, in its own file, before anything is opened.
            List<Diagnostic> predicate = s.client.await(partial,
                    d -> hasCode(d, "mutable-function-in-index-predicate"));
            Diagnostic now = predicate.stream()
                    .filter(d -> d.getCode().getLeft().equals("mutable-function-in-index-predicate")).findFirst()
                    .orElseThrow();
            assertThat(now.getRange().getStart()).isEqualTo(new Position(4, 24));
            assertThat(now.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(now.getSource()).isEqualTo("driftguard");
            assertThat(now.getCodeDescription().getHref())
                    .endsWith("docs/rules/mutable-function-in-index-predicate.md");
            List<Diagnostic> ginDiagnostics = s.client.await(gin,
                    d -> hasCode(d, "missing-relation") && hasCode(d, "missing-type") && hasCode(d, "failed-migration"));
            Diagnostic social = ginDiagnostics.stream().filter(d -> d.getCode().getLeft().equals("missing-relation"))
                    .findFirst().orElseThrow();
            assertThat(social.getRange()).isEqualTo(new Range(new Position(9, 45), new Position(9, 57)));
            assertThat(s.client.await(schema, d -> hasCode(d, "undeployed-model")).get(0).getRelatedInformation())
                    .isNull();

            // The NOW() predicate fixed in the buffer, not on disk: its diagnostic goes.
            String text = Files.readString(VPS.resolve(MIGRATIONS + "20251223_add_partial_indexes/migration.sql"));
            open(s, partial, text);
            String fixed = text.replace("NOW() - INTERVAL '30 days'", "'2025-12-01'::timestamp");
            change(s, partial, 2, fixed);
            s.client.await(partial, 2, d -> !hasCode(d, "mutable-function-in-index-predicate"));
            assertThat(Files.readString(VPS.resolve(MIGRATIONS + "20251223_add_partial_indexes/migration.sql")))
                    .isEqualTo(text);

            // Hover: the target's table as this migration finds it.
            String table = hover(s, partial, fixed, "\"BehaviorLog\"(");
            assertThat(table).contains("`BehaviorLog`", "| userId | text not null |", "| timestamp |",
                    "BehaviorLog_userId_timestamp_idx", "16.0 kB", "pending migration `20251223_add_partial_indexes`");
            String ginText = Files.readString(VPS.resolve(MIGRATIONS + "20251223_add_gin_indexes/migration.sql"));
            open(s, gin, ginText);
            assertThat(hover(s, gin, ginText, "\"SocialPost\" USING")).contains("no relation, index or column");
            assertThat(hover(s, gin, ginText, "\"payload\"")).contains("**column** `BehaviorLog.payload` jsonb");

            // A one-statement index migration: CONCURRENTLY and lock_timeout are one click each.
            String index = "CREATE INDEX \"BehaviorLog_eventType_idx\" ON \"BehaviorLog\"(\"eventType\");\n";
            change(s, partial, 3, index);
            List<Diagnostic> warnings = s.client.await(partial, 3, d -> hasCode(d, "non-concurrent-index"));
            Diagnostic nonConcurrent = warnings.stream()
                    .filter(d -> d.getCode().getLeft().equals("non-concurrent-index")).findFirst().orElseThrow();
            CodeAction concurrently = actions(s, partial, nonConcurrent.getRange(), List.of(nonConcurrent)).stream()
                    .filter(a -> a.getTitle().contains("CONCURRENTLY")).findFirst().orElseThrow();
            assertThat(concurrently.getKind()).isEqualTo(CodeActionKind.QuickFix);
            String concurrent = Edits.apply(index, concurrently, partial);
            assertThat(concurrent).startsWith("CREATE INDEX CONCURRENTLY \"BehaviorLog_eventType_idx\"");
            change(s, partial, 4, concurrent);
            s.client.await(partial, 4, d -> !hasCode(d, "non-concurrent-index"));

            CodeAction ifNotExists = actions(s, partial, new Range(new Position(0, 3), new Position(0, 3)), List.of())
                    .stream().filter(a -> a.getTitle().equals("Add IF NOT EXISTS")).findFirst().orElseThrow();
            assertThat(Edits.apply(concurrent, ifNotExists, partial))
                    .startsWith("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"BehaviorLog_eventType_idx\"");

            String alter = "ALTER TABLE \"Course\" ADD COLUMN \"summary\" TEXT;\n";
            change(s, partial, 5, alter);
            Diagnostic lock = s.client.await(partial, 5, d -> hasCode(d, "missing-lock-timeout")).stream()
                    .filter(d -> d.getCode().getLeft().equals("missing-lock-timeout")).findFirst().orElseThrow();
            CodeAction timeout = actions(s, partial, lock.getRange(), List.of(lock)).stream()
                    .filter(a -> a.getTitle().contains("lock_timeout")).findFirst().orElseThrow();
            String withTimeout = Edits.apply(alter, timeout, partial);
            assertThat(withTimeout).isEqualTo("SET lock_timeout = '5s';\n" + alter);
            change(s, partial, 6, withTimeout);
            s.client.await(partial, 6, d -> !hasCode(d, "missing-lock-timeout"));

            Object refreshed = s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    DriftguardLanguageServer.REFRESH_TARGET, List.of())).get(60, TimeUnit.SECONDS);
            assertThat(refreshed).isEqualTo("target refreshed");

            assertThat(s.shutdownAndExit()).isZero();
            assertThat(s.stderrText()).doesNotContain("Exception");
        }
    }

    @Test
    void aCleanProjectHasNoDiagnosticsUntilAnEditBreaksIt() throws Exception {
        String init = uri(CLEAN, MIGRATIONS + "20250101000000_init/migration.sql");
        String notes = uri(CLEAN, MIGRATIONS + "20250201000000_order_notes/migration.sql");
        try (ServerProcess s = ServerProcess.start(CLEAN)) {
            s.initialize(CLEAN);
            String text = Files.readString(CLEAN.resolve(MIGRATIONS + "20250201000000_order_notes/migration.sql"));
            open(s, notes, text);
            s.client.await(notes, List::isEmpty);
            assertThat(s.client.all().values()).allSatisfy(list -> assertThat(list)
                    .noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));

            String broken = text.replace("ON \"Order\"(\"status\")", "ON \"Orders\"(\"status\")");
            change(s, notes, 2, broken);
            s.client.await(notes, 2, d -> hasCode(d, "missing-relation"));

            // No target: the catalog is what the earlier migration creates.
            String facts = hover(s, notes, broken, "\"Order\" ADD");
            assertThat(facts).contains("| customerId | integer not null |", "Order_customerId_idx",
                    "size: no estimate");
            change(s, notes, 3, text);
            s.client.await(notes, 3, List::isEmpty);
            assertThat(s.client.all()).doesNotContainKey(init);

            // The schema's buffer counts too, and stops counting when it is back to the disk's text.
            String schema = uri(CLEAN, "prisma/schema.prisma");
            String schemaText = Files.readString(CLEAN.resolve("prisma/schema.prisma"));
            open(s, schema, schemaText);
            s.client.await(schema, 1, List::isEmpty);
            change(s, schema, 2, schemaText + "\nmodel Coupon {\n  id Int @id\n}\n");
            s.client.await(schema, 2, d -> hasCode(d, "undeployed-model"));
            change(s, schema, 3, schemaText);
            s.client.await(schema, 3, List::isEmpty);
            assertThat(s.shutdownAndExit()).isZero();
        }
    }
}
