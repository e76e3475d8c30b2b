package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.tools.ToolRefusal;
import java.util.Optional;

/**
 * What the migration tool refuses or skips before PostgreSQL sees a statement: a Flyway placeholder without a value,
 * a Flyway migration mixing statements that must and must not run in a transaction, two files of one version, a file
 * whose name the tool does not recognise and silently skips. Each comes from the tool's adapter, in its own words.
 */
@RuleInfo(id = "tool-refusal", severity = Severity.ERROR,
        summary = "The migration tool itself refuses a migration, or skips a file, before PostgreSQL sees it")
public final class ToolRefusalRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        for (ToolRefusal refusal : context.tool().refusals()) {
            context.report(refusal.severity(), Optional.of(refusal.location()), refusal.migration(),
                    refusal.message(), refusal.fix());
        }
    }
}
