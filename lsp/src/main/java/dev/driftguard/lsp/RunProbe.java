package dev.driftguard.lsp;

import dev.driftguard.Severity;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule that reports nothing and watches the run: which file each migration is in (to place findings that name a
 * migration but no token), and, for a hover, the catalog just before the statement under the cursor. The rule hook
 * is core's public way to see the catalog "as of migration X, statement N" without a copy per statement.
 * A cursor probe serves one run; the passive probe of a session serves each of its runs in turn.
 */
@RuleInfo(id = "driftguard-lsp-probe", severity = Severity.INFO, summary = "Watches a run for the language server")
final class RunProbe implements Rule {

    /** A cursor in a migration file: its report path, the UTF-16 offset and the name under it. */
    record Cursor(String file, int offset, HoverFacts.Name name) {
    }

    private final Optional<Cursor> cursor;
    private final Map<String, String> migrationFiles = new ConcurrentHashMap<>();
    private volatile Optional<String> hover = Optional.empty();

    private RunProbe(Optional<Cursor> cursor) {
        this.cursor = cursor;
    }

    static RunProbe passive() {
        return new RunProbe(Optional.empty());
    }

    static RunProbe at(Cursor cursor) {
        return new RunProbe(Optional.of(cursor));
    }

    @Override
    public void checkStatement(StatementContext context) {
        if (cursor.isEmpty() || hover.isPresent() || context.inDoBlock()) {
            return;
        }
        Cursor c = cursor.get();
        Migration migration = context.migration();
        if (!migration.source().path().equals(c.file())) {
            return;
        }
        var span = context.statement().span();
        if (c.offset() >= span.start() && c.offset() <= span.end()) {
            int ordinal = migration.script().statements().indexOf(context.statement()) + 1;
            hover = HoverFacts.describe(context.catalog(), c.name(), context.statement(),
                    "before statement " + ordinal + " of pending migration `" + migration.name() + "`");
        }
    }

    @Override
    public void checkProject(ProjectContext context) {
        // A session's probe sees run after run: a migration removed since the last one is gone.
        migrationFiles.clear();
        context.migrations().forEach(m -> migrationFiles.put(m.name(), m.source().path()));
        if (cursor.isPresent() && hover.isEmpty()) {
            Cursor c = cursor.get();
            // A migration the target already ran: the target itself is the catalog after it.
            for (Migration m : context.migrations()) {
                boolean pending = context.pendingMigrations().stream().anyMatch(p -> p.name().equals(m.name()));
                if (!pending && m.source().path().equals(c.file())) {
                    m.script().statements().stream()
                            .filter(s -> c.offset() >= s.span().start() && c.offset() <= s.span().end())
                            .findFirst()
                            .ifPresent(s -> hover = HoverFacts.describe(context.target(), c.name(), s,
                                    "in the target now (migration `" + m.name() + "` is already applied)"));
                }
            }
        }
    }

    /** The file of each local migration (report paths), by migration name. */
    Map<String, String> migrationFiles() {
        return Map.copyOf(migrationFiles);
    }

    /** The hover text, when the cursor was on a name the catalog knows. */
    Optional<String> hover() {
        return hover;
    }
}
