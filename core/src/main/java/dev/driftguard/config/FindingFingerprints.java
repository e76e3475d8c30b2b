package dev.driftguard.config;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identities of findings that survive edits elsewhere in a file. A fingerprint hashes the rule id, the file, the
 * migration, the whitespace-normalized text of the offending token (or of its line when the span is empty, or the
 * message when there is no source), and the occurrence index among findings that share all of these. Line and
 * column numbers are deliberately left out: inserting lines above a finding must not make it new.
 */
public final class FindingFingerprints {

    private FindingFingerprints() {
    }

    /**
     * The fingerprint of each finding, in the order given.
     *
     * @param sources the files the findings point into, keyed by their path as in {@link Location#file()}
     */
    public static List<String> of(List<Finding> findings, Map<String, SourceFile> sources) {
        List<Finding> ordered = new ArrayList<>(findings);
        // Occurrence indexes must not depend on the caller's order, only on source order.
        ordered.sort(java.util.Comparator.comparing((Finding f) -> f.location().map(Location::file).orElse(""))
                .thenComparingInt(f -> f.location().map(Location::line).orElse(0))
                .thenComparingInt(f -> f.location().map(Location::column).orElse(0)));
        Map<Finding, List<String>> byFinding = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : ordered) {
            String identity = String.join("\u0000", finding.ruleId(),
                    finding.location().map(Location::file).orElse(""), finding.migration().orElse(""),
                    offendingText(finding, sources));
            int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
            byFinding.computeIfAbsent(finding, f -> new ArrayList<>()).add(sha256(identity + "\u0000" + occurrence));
        }
        List<String> result = new ArrayList<>(findings.size());
        Map<Finding, Integer> taken = new HashMap<>();
        for (Finding finding : findings) {
            int index = taken.merge(finding, 1, Integer::sum) - 1;
            result.add(byFinding.get(finding).get(index));
        }
        return result;
    }

    /** The normalized text a finding's fingerprint is built on. */
    static String offendingText(Finding finding, Map<String, SourceFile> sources) {
        Optional<Location> location = finding.location();
        Optional<SourceFile> source = location.map(l -> sources.get(l.file()));
        if (location.isEmpty() || source.isEmpty() || location.get().line() > source.get().lineCount()) {
            return normalize(finding.message());
        }
        Location l = location.get();
        SourceFile file = source.get();
        String token = spanText(file, l);
        String normalized = normalize(token);
        return normalized.isEmpty() ? normalize(file.line(l.line())) : normalized;
    }

    private static String spanText(SourceFile file, Location l) {
        StringBuilder text = new StringBuilder();
        for (int line = l.line(); line <= Math.min(l.endLine(), file.lineCount()); line++) {
            String content = file.line(line);
            int length = content.codePointCount(0, content.length());
            int from = line == l.line() ? Math.min(l.column() - 1, length) : 0;
            int to = line == l.endLine() ? Math.min(Math.max(l.endColumn() - 1, from), length) : length;
            text.append(content, content.offsetByCodePoints(0, from), content.offsetByCodePoints(0, to)).append('\n');
        }
        return text.toString();
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
