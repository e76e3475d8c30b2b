package dev.driftguard.replay;

import dev.driftguard.Finding;
import dev.driftguard.ProgressListener;
import dev.driftguard.Severity;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.PolicyDependency;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.ViewDependency;
import dev.driftguard.sql.Command;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.volatility.BuiltinTypes;
import dev.driftguard.volatility.ExpressionScope;
import dev.driftguard.volatility.MutableExpression;
import dev.driftguard.volatility.VolatilityAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Replays migrations on a catalog, statement by statement: every rule sees each statement together with the catalog
 * exactly as it stands before that statement, then the statement's effect is applied.
 */
public final class Replay {

    private final List<Rule> rules;
    private final VolatilityAnalyzer volatility;
    private final BiPredicate<Integer, String> builtinType;

    /** Replay with the built-in type and volatility tables of PostgreSQL itself. */
    public Replay(List<Rule> rules) {
        this(rules, new VolatilityAnalyzer(), BuiltinTypes::exists);
    }

    /**
     * @param builtinType whether a type name is built into PostgreSQL of a given major
     */
    public Replay(List<Rule> rules, VolatilityAnalyzer volatility, BiPredicate<Integer, String> builtinType) {
        this.rules = List.copyOf(rules);
        this.volatility = volatility;
        this.builtinType = builtinType;
    }

    /** The catalog after replay, and what it took to get there. */
    /**
     * @param rowChecks what the rules asked of the target's rows, in the order asked; empty unless the replay was
     *                  told the target is live
     */
    public record Result(CatalogView catalog, Set<QualifiedName> tablesCreated, List<QueuedRowCheck> rowChecks) {
        public Result {
            rowChecks = List.copyOf(rowChecks);
        }
    }

    /**
     * Replays {@code migrations} in order on {@code start}.
     *
     * @param major the PostgreSQL major whose behaviour applies
     */
    public Result run(Catalog start, List<Migration> migrations, int major, FindingCollector findings) {
        return run(start, migrations, major, findings, ProgressListener.NONE);
    }

    /** As {@link #run(Catalog, List, int, FindingCollector)}, telling {@code progress} after each migration. */
    public Result run(Catalog start, List<Migration> migrations, int major, FindingCollector findings,
                      ProgressListener progress) {
        return run(start, migrations, major, findings, progress, false);
    }

    /**
     * As {@link #run(Catalog, List, int, FindingCollector, ProgressListener)}; with {@code liveTarget}, {@code start}
     * is a live database whose rows can be asked about, and the rules' row checks are kept in the result.
     */
    public Result run(Catalog start, List<Migration> migrations, int major, FindingCollector findings,
                      ProgressListener progress, boolean liveTarget) {
        CatalogState state = new CatalogState(start, major, builtinType);
        Optional<TargetRowsTracker> rows = liveTarget ? Optional.of(new TargetRowsTracker(start)) : Optional.empty();
        int done = 0;
        for (Migration migration : migrations) {
            state.startMigration(done);
            String text = migration.source().text();
            for (SqlStatement statement : migration.script().statements()) {
                replayStatement(state, rows, migration, statement, text, false, findings);
            }
            progress.advanced("replaying migrations", ++done, migrations.size());
        }
        return new Result(state, Set.copyOf(state.tablesCreated()),
                rows.map(TargetRowsTracker::queued).orElse(List.of()));
    }

    /**
     * As {@link #run(Catalog, List, int, FindingCollector)}, resuming from what the previous replay with the same
     * {@code checkpoints} left: the migrations before the first one that changed are not replayed again, and their
     * findings are the previous replay's. The result and the findings are those of a full replay. Not for a live
     * target's row checks, which need every statement of the run.
     */
    public Result run(Catalog start, List<Migration> migrations, int major, FindingCollector findings,
                      ReplayCheckpoints checkpoints) {
        ReplayCheckpoints.Resume resume = checkpoints.restore(start, major, rules, migrations);
        CatalogState state = resume.state().orElseGet(() -> new CatalogState(start, major, builtinType));
        int base = findings.size();
        checkpoints.findingsBefore(resume.from()).forEach(findings::add);
        int[] before = new int[migrations.size() + 1];
        for (int i = resume.from(); i < migrations.size(); i++) {
            before[i] = findings.size() - base;
            if (i > resume.from() || resume.state().isEmpty()) {
                if (!checkpoints.keeps(i) && ReplayCheckpoints.worthKeeping(i, migrations.size(),
                        resume.firstChanged())) {
                    checkpoints.keep(i, state);
                }
            }
            Migration migration = migrations.get(i);
            state.startMigration(i);
            String text = migration.source().text();
            for (SqlStatement statement : migration.script().statements()) {
                replayStatement(state, Optional.empty(), migration, statement, text, false, findings);
            }
        }
        before[migrations.size()] = findings.size() - base;
        checkpoints.finished(migrations, findings.since(base), before, resume.from());
        return new Result(state, Set.copyOf(state.tablesCreated()), List.of());
    }

    /** A read-only view of {@code start} as replay sees it, for rules that compare before and after. */
    public CatalogView startView(Catalog start, int major) {
        return new CatalogState(start, major, builtinType);
    }

    private void replayStatement(CatalogState state, Optional<TargetRowsTracker> rows, Migration migration,
                                 SqlStatement statement, String text, boolean inDoBlock, FindingCollector findings) {
        for (Rule rule : rules) {
            Context context = new Context(rule, state, rows, migration, statement, inDoBlock, findings);
            try {
                rule.checkStatement(context);
            } catch (RuntimeException e) {
                findings.add(RuleFailure.of(rule, e,
                        Optional.of(migration.source().location(statement.span().start(), statement.span().end())),
                        Optional.of(migration.name())));
            }
        }
        rows.ifPresent(r -> r.before(statement.command(), state));
        List<ViewDependency> viewReads = statement.command() instanceof Command.CreateView view
                ? ViewReads.of(state, view, text, statement) : List.of();
        Optional<List<PolicyDependency>> policyReads = policyReads(state, statement, text);
        statement.command().accept(new CommandApplier(state, text,
                nested -> replayStatement(state, rows, migration, nested, text, true, findings)));
        if (statement.command() instanceof Command.CreateView view) {
            state.resolveTable(view.name().schema(), view.name().name())
                    .ifPresent(v -> state.viewReads(v.name(), viewReads.stream()
                            .map(d -> new ViewDependency(v.name(), d.relation(), d.column())).toList()));
        }
        policyReads.ifPresent(reads -> {
            // An ALTER POLICY that gives one expression keeps the other, which this does not tell apart: the new
            // reads replace all, so a dependency may be missed, never invented.
            Command command = statement.command();
            SqlName table = command instanceof Command.CreatePolicy c ? c.table()
                    : ((Command.AlterPolicy) command).table();
            Ident name = command instanceof Command.CreatePolicy c ? c.name()
                    : ((Command.AlterPolicy) command).name();
            state.resolveTable(table.schema(), table.name())
                    .ifPresent(t -> state.policyReads(t.name(), name.name(), reads));
        });
    }

    /**
     * What a {@code CREATE POLICY}, or an {@code ALTER POLICY} that gives new expressions, reads, against the catalog
     * before it; empty for any other statement.
     */
    private static Optional<List<PolicyDependency>> policyReads(CatalogState state, SqlStatement statement,
                                                                String text) {
        Command command = statement.command();
        if (command instanceof Command.CreatePolicy create) {
            return Optional.of(state.resolveTable(create.table().schema(), create.table().name())
                    .map(t -> ViewReads.ofPolicy(state, t, create.name().name(), text, statement))
                    .orElse(List.of()));
        }
        if (command instanceof Command.AlterPolicy alter && alter.expressions()) {
            return Optional.of(state.resolveTable(alter.table().schema(), alter.table().name())
                    .map(t -> ViewReads.ofPolicy(state, t, alter.name().name(), text, statement))
                    .orElse(List.of()));
        }
        return Optional.empty();
    }

    private final class Context implements StatementContext {
        private final Rule rule;
        private final CatalogState state;
        private final Optional<TargetRowsTracker> rows;
        private final Migration migration;
        private final SqlStatement statement;
        private final boolean inDoBlock;
        private final FindingCollector findings;
        private RuleMetadata metadata;

        Context(Rule rule, CatalogState state, Optional<TargetRowsTracker> rows, Migration migration,
                SqlStatement statement, boolean inDoBlock, FindingCollector findings) {
            this.rule = rule;
            this.state = state;
            this.rows = rows;
            this.migration = migration;
            this.statement = statement;
            this.inDoBlock = inDoBlock;
            this.findings = findings;
        }

        private RuleMetadata metadata() {
            if (metadata == null) {
                metadata = rule.metadata();
            }
            return metadata;
        }

        @Override
        public Migration migration() {
            return migration;
        }

        @Override
        public SqlStatement statement() {
            return statement;
        }

        @Override
        public CatalogView catalog() {
            return state;
        }

        @Override
        public boolean inDoBlock() {
            return inDoBlock;
        }

        @Override
        public int targetMajor() {
            return state.major();
        }

        @Override
        public boolean createdInCurrentMigration(QualifiedName table) {
            return state.createdInCurrentMigration(table);
        }

        @Override
        public boolean enumValueAddedInCurrentMigration(QualifiedName type, String value) {
            return state.labelAddedInCurrentMigration(type, value);
        }

        @Override
        public boolean createdByPendingMigration(QualifiedName table) {
            return state.createdDuringReplay(table);
        }

        @Override
        public Optional<MutableExpression> firstMutable(Expr expression, Map<String, String> columnTypes) {
            return volatility.firstMutable(expression, new ExpressionScope(columnTypes, state, state.major()));
        }

        @Override
        public boolean rowsKnown(QualifiedName table) {
            return !inDoBlock && rows.map(r -> r.known(table, state)).orElse(false);
        }

        @Override
        public void checkRows(RowCheck check) {
            if (!inDoBlock) {
                rows.ifPresent(r -> r.ask(metadata(), migration, check, state));
            }
        }

        @Override
        public void report(Span span, String message, String fix) {
            add(metadata().severity(), span, message, fix, Optional.empty());
        }

        @Override
        public void reportFailure(Span span, String message, String fix, String sqlState) {
            add(metadata().severity(), span, message, fix, Optional.of(sqlState));
        }

        @Override
        public void report(Severity severity, Span span, String message, String fix) {
            add(severity, span, message, fix, Optional.empty());
        }

        private void add(Severity severity, Span span, String message, String fix, Optional<String> sqlState) {
            findings.add(new Finding(metadata().id(), severity, message,
                    Optional.of(migration.source().location(span.start(), span.end())), Optional.of(migration.name()),
                    Optional.of(fix), sqlState));
        }
    }
}
