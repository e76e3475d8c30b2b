package dev.driftguard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule has a page, every page has a rule, and each page states the rule's id and default severity. */
class RulePagesTest {

    private static final Path PAGES = Path.of("rules");

    static Stream<Rule> rules() {
        return RuleRegistry.builtin().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasAPageThatStatesItsSeverity(Rule rule) throws IOException {
        RuleMetadata metadata = rule.metadata();
        Path page = PAGES.resolve(metadata.id() + ".md");
        assertThat(page).as("doc page of %s", metadata.id()).isRegularFile();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("# " + metadata.id());
        assertThat(String.join("\n", lines)).contains("**Severity:** " + metadata.severity().label())
                .contains("## What it finds").contains("## How to fix").contains("## How to suppress");
    }

    @Test
    void everyPageBelongsToARule() throws IOException {
        List<String> ids = RuleRegistry.builtin().stream().map(r -> r.metadata().id()).toList();
        try (Stream<Path> pages = Files.list(PAGES)) {
            assertThat(pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
                    .allMatch(ids::contains, "a rule id");
        }
    }
}
