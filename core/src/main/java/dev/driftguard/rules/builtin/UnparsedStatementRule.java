package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;

/** A statement Driftguard could not understand: its effects are not replayed, so later findings may be missing. */
@RuleInfo(id = "unparsed-statement", severity = Severity.INFO,
        summary = "Driftguard could not parse a statement; its effects are not replayed")
public final class UnparsedStatementRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (context.statement().command() instanceof Command.Unparsed unparsed) {
            context.report(unparsed.errorSpan().orElse(context.statement().span()),
                    "could not parse this statement (" + unparsed.reason() + "); its effects are not replayed",
                    "if PostgreSQL accepts it, report it to Driftguard; to silence this, add "
                            + "-- driftguard-ignore unparsed-statement: <reason> on the line before");
        }
    }
}
