package dev.driftguard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.ProgressListener;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.ReadLimits;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.rows.LiveRowChecks;
import dev.driftguard.rows.RowCheckOptions;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.testing.PostgresServer;
import dev.driftguard.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The docs never lie: on every rule page whose examples are SQL, the "Bad" example makes the rule report and the
 * "Good" one does not, replayed on the state the page's optional "Target" section creates.
 */
class RulePageExamplesTest {

    private static final SqlFrontEnd FRONT_END = new SqlFrontEnd();

    static Stream<Rule> rules() {
        return RuleRegistry.builtin().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleIsFlaggedAndGoodExampleIsNot(Rule rule) throws IOException {
        String id = rule.metadata().id();
        String page = Files.readString(Path.of("rules", id + ".md"), StandardCharsets.UTF_8);
        Optional<String> bad = sqlBlock(page, "Bad");
        Assumptions.assumeTrue(bad.isPresent(), id + " documents its examples in prose, not SQL");
        Optional<String> rows = sqlBlock(page, "Rows");
        if (rows.isPresent()) {
            badAndGoodOnALiveTarget(rule, page, bad.get(), rows.get());
            return;
        }
        Catalog target = sqlBlock(page, "Target").map(sql -> replay(sql, List.of()).toCatalog())
                .orElse(Catalog.empty());

        assertThat(findings(rule, target, bad.get())).as("the Bad example of %s", id)
                .anyMatch(f -> f.ruleId().equals(id));
        sqlBlock(page, "Good").ifPresent(good -> assertThat(findings(rule, target, good))
                .as("the Good example of %s", id).noneMatch(f -> f.ruleId().equals(id)));
    }

    /** A page with a "Rows" section documents a rule about the target's rows: they are put in a real database. */
    private static void badAndGoodOnALiveTarget(Rule rule, String page, String bad, String rows) {
        String id = rule.metadata().id();
        TestDatabase database = PostgresServer.shared().createDatabase("docs");
        try {
            database.executeScript(sqlBlock(page, "Target").orElse("") + rows + ";\nANALYZE;");
        } catch (java.sql.SQLException e) {
            throw new AssertionError("the Target and Rows of " + id + " do not run: " + e.getMessage(), e);
        }
        LiveTarget live = LiveTarget.of(database.dataSource(), ReadLimits.defaults());
        Catalog target = live.read().catalog();
        assertThat(liveFindings(rule, live, target, bad)).as("the Bad example of %s", id)
                .anyMatch(f -> f.ruleId().equals(id) && f.severity() == rule.metadata().severity());
        sqlBlock(page, "Good").ifPresent(good -> assertThat(liveFindings(rule, live, target, good))
                .as("the Good example of %s", id).noneMatch(f -> f.ruleId().equals(id)));
    }

    private static List<Finding> liveFindings(Rule rule, LiveTarget live, Catalog target, String sql) {
        FindingCollector collector = new FindingCollector();
        Replay.Result result = new Replay(List.of(rule)).run(target, List.of(migration(sql)), 16, collector,
                ProgressListener.NONE, true);
        LiveRowChecks.answer(live, target, result.rowChecks(), RowCheckOptions.defaults()).forEach(collector::add);
        return collector.findings();
    }

    private static List<Finding> findings(Rule rule, Catalog target, String sql) {
        FindingCollector collector = new FindingCollector();
        new Replay(List.of(rule)).run(target, List.of(migration(sql)), 16, collector);
        return collector.findings();
    }

    private static dev.driftguard.catalog.CatalogView replay(String sql, List<Rule> rules) {
        return new Replay(rules).run(Catalog.empty(), List.of(migration(sql)), 16, new FindingCollector()).catalog();
    }

    private static Migration migration(String sql) {
        return new Migration("example", FRONT_END.parse(new SourceFile("example.sql", sql)), "");
    }

    /** The first {@code ```sql} block of a {@code ## heading} section. */
    static Optional<String> sqlBlock(String page, String heading) {
        Matcher section = Pattern.compile("(?m)^## " + Pattern.quote(heading) + "\\s*$([\\s\\S]*?)(?=^## |\\z)")
                .matcher(page);
        if (!section.find()) {
            return Optional.empty();
        }
        Matcher block = Pattern.compile("```sql\\n([\\s\\S]*?)```").matcher(section.group(1));
        return block.find() ? Optional.of(block.group(1)) : Optional.empty();
    }
}
