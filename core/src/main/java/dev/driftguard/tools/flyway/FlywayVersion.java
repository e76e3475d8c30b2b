package dev.driftguard.tools.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Flyway migration version such as {@code 1}, {@code 1.1} or {@code 2_1} (the same as {@code 2.1}): numeric parts
 * compared one by one, trailing zero parts ignored, so {@code 1.0} is {@code 1} and {@code 1.10} comes after
 * {@code 1.9}.
 *
 * @param parts   the numeric parts without trailing zeros
 * @param display the version as Flyway shows and records it: underscores written as dots
 */
record FlywayVersion(List<BigInteger> parts, String display) implements Comparable<FlywayVersion> {

    private static final Pattern SEPARATOR = Pattern.compile("\\.(?=\\d)");
    private static final Pattern VALID = Pattern.compile("\\d+(\\.\\d+)*");

    /** Orders history names: versions in version order, then everything else (repeatable descriptions) by name. */
    static final Comparator<String> NAME_ORDER = (a, b) -> {
        Optional<FlywayVersion> va = parse(a);
        Optional<FlywayVersion> vb = parse(b);
        if (va.isPresent() && vb.isPresent()) {
            return va.get().compareTo(vb.get());
        }
        if (va.isPresent() != vb.isPresent()) {
            return va.isPresent() ? -1 : 1;
        }
        return a.compareTo(b);
    };

    FlywayVersion {
        parts = List.copyOf(parts);
    }

    /** The version of {@code text}, when it is one ({@code 1}, {@code 1.2}, {@code 1_2}, {@code 005}). */
    static Optional<FlywayVersion> parse(String text) {
        String normalized = text.replace('_', '.');
        if (!VALID.matcher(normalized).matches()) {
            return Optional.empty();
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(normalized)) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return Optional.of(new FlywayVersion(parts, normalized));
    }

    @Override
    public int compareTo(FlywayVersion other) {
        int n = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Same version, however written. */
    boolean sameAs(FlywayVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return display;
    }
}
