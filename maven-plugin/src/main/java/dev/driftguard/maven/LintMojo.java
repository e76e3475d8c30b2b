package dev.driftguard.maven;

import dev.driftguard.DriftguardException;
import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * {@code driftguard:lint}: checks the project's pending migrations against the target database, as
 * {@code driftguard lint} does, and fails the build on findings at or above {@code failOn}.
 *
 * <p>The text report goes to the build log; SARIF ({@code driftguard.sarif}) and JUnit XML
 * ({@code TEST-driftguard.xml}) always go to {@code reportsDirectory}, for code scanning and CI test views.
 * Problems with the inputs (a missing folder, a broken snapshot, an unreachable database) stop the build with one
 * message that says what is wrong; the database password never appears in the log.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMojo {

    /** The SARIF report's name in {@code reportsDirectory}. */
    static final String SARIF_FILE = "driftguard.sarif";
    /** The JUnit report's name; the {@code TEST-} prefix is what CI test-report globs look for. */
    static final String JUNIT_FILE = "TEST-driftguard.xml";
    /** How many failing findings the failure message names; the log above it has them all. */
    private static final int FINDINGS_IN_MESSAGE = 10;

    /** Skips the goal. */
    @Parameter(property = "driftguard.skip", defaultValue = "false")
    private boolean skip;

    /** The project directory: where driftguard.yaml and the tool's default folders are looked for. */
    @Parameter(property = "driftguard.projectDirectory", defaultValue = "${project.basedir}", required = true)
    private File projectDirectory;

    /** The migration tool: prisma, flyway or sql. By default driftguard.yaml's tool:, else the detected layout. */
    @Parameter(property = "driftguard.tool")
    private String tool;

    /** The migrations folder. By default the tool's: prisma/migrations, Flyway's locations, migrations for sql. */
    @Parameter(property = "driftguard.migrations")
    private File migrations;

    /** schema.prisma, or a folder of .prisma files. By default prisma/schema.prisma when the tool is Prisma. */
    @Parameter(property = "driftguard.schema")
    private File schema;

    /**
     * Read the target over JDBC, read-only: postgresql://user@host:5432/db or jdbc:postgresql://... Prefer
     * serverId, PGPASSWORD or ~/.pgpass to a password in the URL: Maven's debug output (-X) prints every parameter.
     */
    @Parameter(property = "driftguard.databaseUrl")
    private String databaseUrl;

    /**
     * The id of a {@code <server>} in settings.xml whose password (encrypted or not) is the password of
     * {@code databaseUrl}: it stays out of the pom, the command line and Maven's debug output.
     */
    @Parameter(property = "driftguard.serverId")
    private String serverId;

    /** Read the target from a snapshot written by driftguard snapshot. By default driftguard.yaml's catalog:. */
    @Parameter(property = "driftguard.catalog")
    private File catalog;

    /** The PostgreSQL major to assume when the target does not say (default 16). */
    @Parameter(property = "driftguard.postgres")
    private Integer postgresMajor;

    /** Fail the build on findings at least this severe: error, warning, info or never. By default driftguard.yaml's
     * fail-on:, else error. */
    @Parameter(property = "driftguard.failOn")
    private String failOn;

    /** The format of the report written to {@code output}: text, json, sarif, github or junit. */
    @Parameter(property = "driftguard.format", defaultValue = "text")
    private String format;

    /** Where the report in {@code format} is written. Without it, a format other than text is logged. */
    @Parameter(property = "driftguard.output")
    private File output;

    /** Where the SARIF and JUnit XML reports are always written. */
    @Parameter(property = "driftguard.reportsDirectory", defaultValue = "${project.build.directory}/driftguard",
            required = true)
    private File reportsDirectory;

    /** Report only findings that are not in this baseline (written by driftguard lint --write-baseline). */
    @Parameter(property = "driftguard.baseline")
    private File baseline;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
    private String projectName;

    /** Where mvn was started: CI starts it at the repository root, from which SARIF paths are read. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private File executionRoot;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Driftguard lint skipped");
            return;
        }
        LintSettings settings = settings();
        LintResult result;
        try {
            result = ProjectLint.run(settings, projectName, executionRoot.toPath(), pluginVersion, getLog()::info);
        } catch (DriftguardException e) {
            // The message names what is wrong and where; our stack trace would not help (as the CLI without --debug).
            throw new MojoExecutionException("driftguard: " + e.getMessage());
        }
        log(result);
        Path sarif = settings.reportsDirectory().resolve(SARIF_FILE);
        Path junit = settings.reportsDirectory().resolve(JUNIT_FILE);
        try {
            ReportFile.write(sarif, result.render(ReportFormat.SARIF));
            ReportFile.write(junit, result.render(ReportFormat.JUNIT));
            if (settings.output().isPresent()) {
                ReportFile.write(settings.output().get(), result.render(settings.format()));
            } else if (settings.format() != ReportFormat.TEXT) {
                result.render(settings.format()).lines().forEach(getLog()::info);
            }
        } catch (DriftguardException e) {
            throw new MojoExecutionException("driftguard: " + e.getMessage());
        }
        getLog().info("Driftguard reports: " + sarif + ", " + junit
                + settings.output().map(o -> ", " + o).orElse(""));
        if (result.fails()) {
            throw new MojoFailureException(failureMessage(result));
        }
    }

    /** The text report, line by line, at the level its worst finding calls for. */
    private void log(LintResult result) {
        Consumer<CharSequence> level = result.fails() ? getLog()::error
                : result.report().findings().isEmpty() ? getLog()::info : getLog()::warn;
        result.render(ReportFormat.TEXT).lines().forEach(level);
    }

    private static String failureMessage(LintResult result) {
        List<Finding> failing = result.failing();
        StringBuilder message = new StringBuilder("driftguard: ").append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings").append(" at or above ")
                .append(result.threshold().orElseThrow().label()).append(':');
        failing.stream().limit(FINDINGS_IN_MESSAGE).forEach(f -> message.append(System.lineSeparator())
                .append("  ").append(f.severity().label()).append('[').append(f.ruleId()).append("] ")
                .append(f.location().map(Location::toString).or(f::migration).orElse("(project)")));
        if (failing.size() > FINDINGS_IN_MESSAGE) {
            message.append(System.lineSeparator()).append("  ... and ")
                    .append(failing.size() - FINDINGS_IN_MESSAGE).append(" more (see the report above)");
        }
        return message.toString();
    }

    /** The parameters, checked: a wrong value stops the build with a message naming the parameter. */
    private LintSettings settings() throws MojoExecutionException {
        try {
            return new LintSettings(projectDirectory.toPath(),
                    present(tool).map(LintSettings::parseTool),
                    Optional.ofNullable(schema).map(File::toPath),
                    Optional.ofNullable(migrations).map(File::toPath),
                    present(databaseUrl),
                    serverPassword(),
                    Optional.ofNullable(catalog).map(File::toPath),
                    Optional.ofNullable(postgresMajor),
                    present(failOn).map(LintSettings::parseFailOn),
                    present(format).map(LintSettings::parseFormat).orElse(ReportFormat.TEXT),
                    Optional.ofNullable(output).map(File::toPath),
                    reportsDirectory.toPath(),
                    Optional.ofNullable(baseline).map(File::toPath));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("driftguard: " + e.getMessage());
        }
    }

    /** The password of the server {@code serverId} names, decrypted; empty without {@code serverId}. */
    private Optional<LintSettings.Password> serverPassword() throws MojoExecutionException {
        Optional<String> id = present(serverId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Server server = settings.getServer(id.get());
        if (server == null) {
            throw new MojoExecutionException("driftguard: serverId \"" + id.get()
                    + "\": settings.xml has no <server> with this id");
        }
        SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!decrypted.getProblems().isEmpty()) {
            throw new MojoExecutionException("driftguard: serverId \"" + id.get() + "\": cannot decrypt its password: "
                    + decrypted.getProblems().get(0).getMessage());
        }
        String password = decrypted.getServer().getPassword();
        if (password == null || password.isEmpty()) {
            throw new MojoExecutionException("driftguard: serverId \"" + id.get() + "\": the server has no password");
        }
        return Optional.of(new LintSettings.Password(password));
    }

    /** Maven passes an unset parameter as null, and one set to an empty property as "": both mean "not given". */
    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
