package dev.driftguard.catalog;

/**
 * A PostgreSQL server version.
 *
 * @param number {@code server_version_num}, e.g. {@code 160010}
 * @param text   {@code server_version}, e.g. {@code 16.10}
 */
public record ServerVersion(int number, String text) {

    public int major() {
        return number / 10000;
    }

    /** A version that stands for a major only, as configuration gives it. */
    public static ServerVersion ofMajor(int major) {
        return new ServerVersion(major * 10000, Integer.toString(major));
    }
}
