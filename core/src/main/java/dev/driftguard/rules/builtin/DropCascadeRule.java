package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Span;
import java.util.Optional;

/**
 * {@code DROP ... CASCADE}: PostgreSQL silently drops every object that depends on the dropped one (views, foreign
 * keys, defaults, whole tables for a schema), and what depends on it in production is not what depends on it in
 * development.
 */
@RuleInfo(id = "drop-cascade", severity = Severity.WARNING,
        summary = "DROP ... CASCADE silently drops every dependent object as well")
public final class DropCascadeRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        Command command = context.statement().command();
        Span whole = context.statement().span();
        Optional<String> what = command.accept(new CascadeDrop());
        what.ifPresent(kind -> context.report(whole,
                "DROP " + kind + " ... CASCADE also drops, without a word, every object that depends on it: views, "
                        + "foreign keys, column defaults and more, whatever the target holds, taking an ACCESS "
                        + "EXCLUSIVE lock on each",
                "drop the dependent objects by name first, then drop without CASCADE so that PostgreSQL refuses if "
                        + "anything unexpected still depends on it"));
        if (command instanceof Command.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                boolean cascade = action instanceof AlterAction.DropColumn d && d.cascade()
                        || action instanceof AlterAction.DropConstraint c && c.cascade();
                if (cascade) {
                    context.report(action.span(),
                            "DROP ... CASCADE in ALTER TABLE \"" + alter.table().display() + "\" also drops every "
                                    + "view, index and constraint that depends on it, without a word",
                            "drop the dependent objects by name first, then drop without CASCADE");
                }
            }
        }
    }

    /** The kind of object a cascading {@code DROP} drops. */
    private static final class CascadeDrop extends CommandKinds<Optional<String>> {
        CascadeDrop() {
            super(Optional.empty());
        }

        @Override
        public Optional<String> visit(Command.DropTable c) {
            return c.cascade() ? Optional.of("TABLE") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropIndex c) {
            return c.cascade() ? Optional.of("INDEX") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropType c) {
            return c.cascade() ? Optional.of("TYPE") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropSchema c) {
            return c.cascade() ? Optional.of("SCHEMA") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropExtension c) {
            return c.cascade() ? Optional.of("EXTENSION") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropFunction c) {
            return c.cascade() ? Optional.of(c.procedure() ? "PROCEDURE" : "FUNCTION") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropView c) {
            return c.cascade() ? Optional.of(c.materialized() ? "MATERIALIZED VIEW" : "VIEW") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropSequence c) {
            return c.cascade() ? Optional.of("SEQUENCE") : Optional.empty();
        }
    }
}
