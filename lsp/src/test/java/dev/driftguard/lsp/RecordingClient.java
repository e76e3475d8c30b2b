package dev.driftguard.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor's side in tests: keeps the latest diagnostics of each file and lets a test wait for a state. */
final class RecordingClient implements LanguageClient {

    private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final List<String> messages = new ArrayList<>();
    private int publications;

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
        versions.put(params.getUri(), params.getVersion() == null ? -1 : params.getVersion());
        publications++;
        notifyAll();
    }

    synchronized int publications() {
        return publications;
    }

    synchronized Map<String, List<Diagnostic>> all() {
        return Map.copyOf(diagnostics);
    }

    /** Waits until the diagnostics of {@code uri} satisfy {@code condition}; fails after a generous timeout. */
    synchronized List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
        return await(uri, -1, condition);
    }

    /** As {@link #await(String, Predicate)}, for diagnostics computed from buffer version {@code version} or later. */
    synchronized List<Diagnostic> await(String uri, int version, Predicate<List<Diagnostic>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<Diagnostic> current = diagnostics.get(uri);
            if (current != null && versions.getOrDefault(uri, -1) >= version && condition.test(current)) {
                return current;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("diagnostics of " + uri + " never matched; last: " + current
                        + "; all: " + diagnostics.keySet());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for the next publication after {@code seen} publications. */
    synchronized void awaitPublicationAfter(int seen) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (publications <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no diagnostics published");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    static boolean hasCode(List<Diagnostic> list, String code) {
        return list.stream().anyMatch(d -> d.getCode() != null && code.equals(d.getCode().getLeft()));
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        messages.add(params.getMessage());
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }
}
