package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.Driftguard;
import dev.driftguard.DriftguardException;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.report.RenderOptions;
import dev.driftguard.report.ReportFormat;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API as embedders use it: threads, rules of their own, and what a broken rule does to a run. */
class EmbeddingApiTest {

    private static final Path CLEAN = Path.of("..", "examples", "clean-project");
    private static final Path HAND_WRITTEN = Path.of("..", "examples", "hand-written-sql");

    /** Flags every index a migration creates, at the index's name. */
    @RuleInfo(id = "test-every-index", severity = Severity.INFO, summary = "Flags every CREATE INDEX")
    static final class EveryIndexRule implements Rule {
        @Override
        public void checkStatement(StatementContext context) {
            if (context.statement().command() instanceof Command.CreateIndex index && index.name().isPresent()) {
                context.report(index.name().get().span(), "index " + index.name().get().name(), "none needed");
            }
        }
    }

    @RuleInfo(id = "test-throws", severity = Severity.WARNING, summary = "Always throws")
    static final class ThrowingRule implements Rule {
        @Override
        public void checkStatement(StatementContext context) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void runsOnOneBuilderFromManyThreadsAtOnceGiveTheSameReport() throws Exception {
        Driftguard.Builder builder = Driftguard.forProject(HAND_WRITTEN).rules(new EveryIndexRule());
        String expected = text(builder.lint());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> text(builder.lint())));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).contains("error[missing-relation]", "info[test-every-index]");
    }

    @Test
    void aProgrammaticRuleReportsAtExactPositionsLikeBuiltInRules() throws Exception {
        Report report = Driftguard.forProject(CLEAN).rules(new EveryIndexRule()).lint();

        DriftguardAssertions.assertThat(report)
                .hasOnlyFindingsOf("test-every-index")
                .hasFindingCount(3)
                .hasFinding("test-every-index").at(5, 14).inMigration("20250201000000_order_notes")
                .withSeverity(Severity.INFO).withMessageContaining("index Order_status_idx");
        DriftguardAssertions.assertThat(report).hasFinding("test-every-index").at(26, 21)
                .inFile("prisma/migrations/20250101000000_init/migration.sql");
    }

    @Test
    void aRuleWithoutRuleInfoIsRejectedWhenRegistered() {
        Rule anonymous = new Rule() {
        };

        assertThatThrownBy(() -> Driftguard.forProject(CLEAN).rules(anonymous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(" has no @RuleInfo");
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorAndTheOtherRulesStillRun() throws Exception {
        Report report = Driftguard.forProject(HAND_WRITTEN).rules(new ThrowingRule()).lint();

        DriftguardAssertions.assertThat(report)
                .hasFinding("internal-error").at(4, 1).inMigration("20250115000000_customer_balance_view")
                .withMessageContaining("rule test-throws failed here: IllegalStateException: boom");
        DriftguardAssertions.assertThat(report).hasFinding("missing-relation").at(3, 45);
    }

    @Test
    void aServicesFileNamingAMissingClassIsADriftguardException(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + Rule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.NoSuchRule\n");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);

            assertThatThrownBy(() -> Driftguard.forProject(CLEAN).lint())
                    .isInstanceOf(DriftguardException.class)
                    .hasMessage("cannot load the rules listed in META-INF/services/dev.driftguard.rules.Rule: "
                            + "dev.driftguard.rules.Rule: Provider com.example.NoSuchRule not found");
        } finally {
            thread.setContextClassLoader(original);
        }
        assertThat(Driftguard.forProject(CLEAN).serviceLoaderRules(false).lint().findings()).isEmpty();
    }

    private static String text(Report report) {
        return ReportFormat.TEXT.renderer().render(report, RenderOptions.defaults());
    }
}
