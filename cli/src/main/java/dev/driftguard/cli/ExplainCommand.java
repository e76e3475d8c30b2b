package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code driftguard explain RULE}: the rule's documentation page, in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show a rule's documentation.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, as 'driftguard rules' lists them.")
    String ruleId;

    @Override
    public Integer call() throws DriftguardException {
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
        rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
        Rule rule = rules.stream().filter(r -> r.metadata().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new DriftguardException("unknown rule '" + ruleId
                        + "'; run 'driftguard rules' for the list"));
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream page = ExplainCommand.class.getResourceAsStream("/driftguard/rules/" + ruleId + ".md")) {
            if (page == null) {
                out.println(rule.metadata().id() + " (" + rule.metadata().severity().label() + "): "
                        + rule.metadata().summary());
                out.println("More: " + rule.metadata().docsUrl());
            } else {
                out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new DriftguardException("cannot read the page of " + ruleId + ": " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }
}
