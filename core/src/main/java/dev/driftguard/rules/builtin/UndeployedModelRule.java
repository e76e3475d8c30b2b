package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.schema.DeclaredModel;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * Models of the schema that the target lacks and no pending migration creates: the application will query tables
 * that are not there.
 */
@RuleInfo(id = "undeployed-model", severity = Severity.WARNING,
        summary = "A model of the schema has no table in the target and no migration creates it")
public final class UndeployedModelRule implements Rule {

    @Override
    public void checkProject(ProjectContext context) {
        context.declaredSchema().ifPresent(schema -> {
            List<DeclaredModel> missing = schema.models().stream()
                    .filter(m -> context.afterReplay().table(m.table()).isEmpty())
                    .toList();
            String all = String.join(", ", missing.stream().map(DeclaredModel::modelName).toList());
            for (DeclaredModel model : missing) {
                context.report(model.location(), Optional.empty(),
                        "model " + model.modelName() + " has no table \"" + model.table().display()
                                + "\" in the target and no migration creates it"
                                + (missing.size() > 1 ? " (" + missing.size() + " models are in this state: " + all + ")"
                                : ""),
                        "create a migration for it (npx prisma migrate dev), or remove the model if this database "
                                + "is not meant to have it");
            }
        });
    }
}
