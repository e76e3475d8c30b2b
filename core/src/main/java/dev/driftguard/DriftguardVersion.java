package dev.driftguard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The version of this build of Driftguard, from the Maven project version the build filtered into
 * {@code driftguard-version.properties}, so the pom is the one place it is set. A SNAPSHOT build also names its git
 * commit, as semantic-versioning build metadata ({@code 0.1.0-SNAPSHOT+32a8a6c}), because a SNAPSHOT alone does not say
 * which code ran; a release version is unique by itself and is shown bare.
 *
 * @param release the Maven project version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated commit the build was made from, when the build knew it
 */
public record DriftguardVersion(String release, Optional<String> commit) {

    private static final String RESOURCE = "driftguard-version.properties";
    private static final DriftguardVersion CURRENT = load();

    public DriftguardVersion {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(commit, "commit");
    }

    /** This build's version. */
    public static DriftguardVersion current() {
        return CURRENT;
    }

    /** The version as reports and {@code --version} show it: the release, plus {@code +commit} for a SNAPSHOT. */
    public String text() {
        return commit.filter(c -> release.endsWith("-SNAPSHOT")).map(c -> release + "+" + c).orElse(release);
    }

    @Override
    public String toString() {
        return text();
    }

    private static DriftguardVersion load() {
        Properties properties = new Properties();
        try (InputStream in = DriftguardVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new DriftguardVersion(filtered(properties.getProperty("version")).orElse("unknown"),
                filtered(properties.getProperty("commit")));
    }

    /** A value Maven filled in; a placeholder Maven could not fill (no git, say) counts as absent. */
    private static Optional<String> filtered(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.startsWith("${"));
    }
}
