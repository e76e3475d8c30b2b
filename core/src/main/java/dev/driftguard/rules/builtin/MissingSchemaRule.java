package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.util.Optional;

/** An object is created in a schema that does not exist at that point of the history. */
@RuleInfo(id = "missing-schema", severity = Severity.ERROR,
        summary = "A statement creates an object in a schema that neither the target nor an earlier migration has")
public final class MissingSchemaRule implements Rule {

    private static final String INVALID_SCHEMA_NAME = "3F000";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        Optional<SqlName> created = Optional.empty();
        if (command instanceof Command.CreateTable c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateEnumType c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateOtherType c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateDomain c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateFunction c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateView c) {
            created = Optional.of(c.name());
        } else if (command instanceof Command.CreateSequence c) {
            created = Optional.of(c.name());
        }
        created.filter(n -> n.schema().isPresent() && !context.catalog().hasSchema(n.schema().get()))
                .ifPresent(n -> report(context, n.schema().get(), n.span()));
        if (command instanceof Command.CreateExtension c && c.schema().isPresent()
                && !context.catalog().hasSchema(c.schema().get())) {
            report(context, c.schema().get(), c.name().span());
        }
    }

    private static void report(StatementContext context, String schema, Span span) {
        context.reportFailure(span,
                "schema \"" + schema + "\" does not exist: neither the target nor an earlier migration creates it",
                "add CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"; before this statement, or correct the schema name "
                        + "(quoted names are case-sensitive)",
                INVALID_SCHEMA_NAME);
    }
}
