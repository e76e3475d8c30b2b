package dev.driftguard.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is set in one place: the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DriftguardCommand.class.getPackage().getImplementationVersion();
        return new String[] {"driftguard " + (version == null ? "development build" : version)};
    }
}
