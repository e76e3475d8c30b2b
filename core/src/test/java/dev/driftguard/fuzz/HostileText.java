package dev.driftguard.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Assertions;

/**
 * Inputs that break parsers: well-formed seeds mutated (cut short, with quotes, dollar quotes, comment openers, NULs,
 * lone surrogates and line breaks dropped in, pieces deleted or repeated), and plain noise over the same alphabet.
 * Shrinks to the smallest failing mutation, so a failure reads as a seed and a few edits.
 */
public final class HostileText {

    /** How long one input may take before it counts as a hang: a guard against loops, not a speed target. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private HostileText() {
    }

    /** Each seed mutated by one to six edits whose pieces come from {@code fragments}. */
    public static Arbitrary<String> mutationsOf(List<String> seeds, List<String> fragments) {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(EditKind.class),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(fragments))
                .as(Edit::new);
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(6))
                .as((seed, edits) -> {
                    String text = seed;
                    for (Edit e : edits) {
                        text = e.applyTo(text);
                    }
                    return text;
                });
    }

    /** Strings of up to {@code maxPieces} pieces drawn from {@code fragments} and single arbitrary chars. */
    public static Arbitrary<String> noise(List<String> fragments, int maxPieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(fragments),
                Arbitraries.chars().map(String::valueOf));
        return piece.list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** Runs {@code work} on another thread and fails the test if it has not returned within {@link #HANG_GUARD}. */
    public static <T> T withinHangGuard(Supplier<T> work) {
        return Assertions.assertTimeoutPreemptively(HANG_GUARD, work::get,
                () -> "no result within " + HANG_GUARD.toSeconds() + " s: the input makes the parser hang");
    }

    /** {@code unit} repeated until the result is {@code length} chars long. */
    public static String repeated(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        out.setLength(length);
        return out.toString();
    }

    private enum EditKind { TRUNCATE, INSERT, DELETE, DUPLICATE, REPLACE_CHAR }

    private record Edit(EditKind kind, double at, double length, String fragment) {
        String applyTo(String text) {
            int pos = (int) (at * text.length());
            int end = Math.min(text.length(), pos + (int) (length * Math.min(40, text.length() - pos)));
            return switch (kind) {
                case TRUNCATE -> text.substring(0, pos);
                case INSERT -> text.substring(0, pos) + fragment + text.substring(pos);
                case DELETE -> text.substring(0, pos) + text.substring(end);
                case DUPLICATE -> text.substring(0, end) + text.substring(pos);
                case REPLACE_CHAR -> pos < text.length()
                        ? text.substring(0, pos) + fragment + text.substring(pos + 1)
                        : text + fragment;
            };
        }

        @Override
        public String toString() {
            return kind + "@" + String.format("%.3f", at) + (kind == EditKind.INSERT || kind == EditKind.REPLACE_CHAR
                    ? " " + fragment.replace("\0", "\\0") : "");
        }
    }
}
