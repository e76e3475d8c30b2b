package dev.driftguard.catalog;

/** {@code pg_proc.provolatile}: only IMMUTABLE may appear in index expressions, predicates and generated columns. */
public enum Volatility {
    IMMUTABLE('i'), STABLE('s'), VOLATILE('v');

    private final char code;

    Volatility(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Volatility ofCode(char code) {
        for (Volatility v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new IllegalArgumentException("provolatile " + code);
    }

    public String keyword() {
        return name();
    }
}
