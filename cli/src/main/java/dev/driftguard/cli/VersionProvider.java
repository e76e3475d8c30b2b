package dev.driftguard.cli;

import dev.driftguard.DriftguardVersion;
import picocli.CommandLine;

/**
 * The version core's build filtered in from the pom, with the commit for a SNAPSHOT: the same text SARIF and JSON
 * reports carry. Not the jar manifest: classes run from an IDE or a test have none.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"driftguard " + DriftguardVersion.current().text()};
    }
}
