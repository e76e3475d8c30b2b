package dev.driftguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.driftguard.DriftguardException;
import dev.driftguard.drift.DriftGroup;
import dev.driftguard.drift.DriftItem;
import dev.driftguard.drift.DriftReport;
import dev.driftguard.report.ReportFormat;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code driftguard drift}: schema, migration history and target compared three ways, told as stories.
 * Exit code 1 when they disagree.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare schema.prisma, the schema the migrations build, and the target database.")
final class DriftCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    TargetOptions target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputOptions.FormatConverter.class, description = "text (default) or json.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws DriftguardException {
        DriftReport report = project.builder(target, spec.commandLine().getErr()).drift();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            out.println(json(report));
        } else if (format == ReportFormat.TEXT) {
            text(report, out);
        } else {
            throw new DriftguardException("drift writes text or json, not " + format.label());
        }
        out.flush();
        return report.hasDrift() ? DriftguardCommand.EXIT_FINDINGS : 0;
    }

    private static void text(DriftReport report, PrintWriter out) {
        if (!report.hasDrift()) {
            out.println("No drift: the schema, the migrations and the target agree.");
            return;
        }
        for (DriftGroup group : report.groups()) {
            out.println("* " + capitalize(group.story()));
            for (DriftItem item : group.items()) {
                out.println("    " + item.kind() + " " + item.object() + describe(item));
            }
            out.println("  help: " + group.remedy());
        }
    }

    private static String describe(DriftItem item) {
        if (!item.inSchema().isEmpty() && !item.inHistory().isEmpty() && !item.inTarget().isEmpty()) {
            return ": schema " + item.inSchema() + ", migrations " + item.inHistory() + ", target " + item.inTarget();
        }
        return "";
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String json(DriftReport report) throws DriftguardException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("groups", report.groups().stream().map(g -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("story", g.story());
            group.put("remedy", g.remedy());
            group.put("items", g.items().stream().map(i -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", i.kind());
                item.put("object", i.object());
                item.put("schema", i.inSchema().isEmpty() ? null : i.inSchema());
                item.put("migrations", i.inHistory().isEmpty() ? null : i.inHistory());
                item.put("target", i.inTarget().isEmpty() ? null : i.inTarget());
                return item;
            }).toList());
            return group;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new DriftguardException("cannot write drift as JSON: " + e.getMessage(), e);
        }
    }

}
