package dev.driftguard.cli;

import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleMetadata;
import dev.driftguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code driftguard rules}: every rule with its id, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules: id, severity, summary.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtin());
        rules.addAll(RuleRegistry.discovered(Thread.currentThread().getContextClassLoader()));
        int width = rules.stream().mapToInt(r -> r.metadata().id().length()).max().orElse(10);
        for (Rule rule : rules) {
            RuleMetadata m = rule.metadata();
            out.printf("%-" + width + "s  %-7s  %s%n", m.id(), m.severity().label(), m.summary());
        }
        out.flush();
        return 0;
    }
}
