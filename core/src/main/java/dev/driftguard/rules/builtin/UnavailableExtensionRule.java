package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Ident;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE EXTENSION} of an extension the target server has no files for, and {@code DROP EXTENSION} of one that
 * is not installed. The first is known only when the catalog comes from the server (introspection lists
 * {@code pg_available_extensions}); without that list the rule stays silent.
 */
@RuleInfo(id = "unavailable-extension", severity = Severity.ERROR,
        summary = "CREATE EXTENSION of an extension the target server cannot install, or DROP EXTENSION of one that "
                + "is not installed")
public final class UnavailableExtensionRule implements Rule {

    /** PostgreSQL 15 words a missing control file as "extension is not available"; before, as a missing file. */
    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    private static final String UNDEFINED_FILE = "58P01";
    private static final String UNDEFINED_OBJECT = "42704";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateExtension c && context.catalog().extension(c.name().name()).isEmpty()) {
            Optional<List<AvailableExtension>> available = context.catalog().availableExtensions();
            String name = c.name().name();
            if (available.isPresent() && available.get().stream().noneMatch(e -> e.name().equals(name))) {
                context.reportFailure(c.name().span(),
                        "extension \"" + name + "\" is not available: the target server has no control file for it "
                                + "(it is not in pg_available_extensions), so CREATE EXTENSION fails even with "
                                + "IF NOT EXISTS",
                        "install the extension's package on the server (or pick a provider that offers it) before "
                                + "deploying, or drop the statement and what depends on it",
                        context.targetMajor() >= 15 ? FEATURE_NOT_SUPPORTED : UNDEFINED_FILE);
            }
        } else if (command instanceof Command.DropExtension c && !c.ifExists()) {
            for (Ident name : c.names()) {
                if (context.catalog().extension(name.name()).isEmpty()) {
                    context.reportFailure(name.span(),
                            "extension \"" + name.name() + "\" does not exist: it is neither installed in the target "
                                    + "nor created by an earlier migration",
                            "write DROP EXTENSION IF EXISTS, or drop the statement", UNDEFINED_OBJECT);
                    return;
                }
            }
        }
    }
}
