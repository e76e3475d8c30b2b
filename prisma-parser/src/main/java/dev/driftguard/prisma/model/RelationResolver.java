package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that every relation field has its opposite and that the foreign key side names existing fields. */
final class RelationResolver {
    private final List<PrismaModel> models;
    private final Map<String, PrismaModel> modelsByName;
    private final Diagnostics diagnostics;

    RelationResolver(List<PrismaModel> models, Diagnostics diagnostics) {
        this.models = models;
        this.modelsByName = models.stream().collect(Collectors.toMap(PrismaModel::name, m -> m, (a, b) -> a));
        this.diagnostics = diagnostics;
    }

    List<PrismaModel> resolve() {
        for (PrismaModel model : models) {
            for (PrismaField field : model.fields()) {
                field.relation().ifPresent(relation -> check(model, field, relation));
            }
        }
        return models;
    }

    private void check(PrismaModel model, PrismaField field, Relation relation) {
        Optional<PrismaModel> target = Optional.ofNullable(modelsByName.get(relation.model()));
        if (target.isEmpty()) {
            return;
        }
        String prefix = "Error validating field `" + field.name() + "` in model `" + model.name() + "`: ";
        Optional<PrismaField> opposite = opposite(model, field, relation, target.get());
        if (opposite.isEmpty()) {
            diagnostics.error(field.span(), prefix + "The relation field `" + field.name() + "` on model `"
                    + model.name() + "` is missing an opposite relation field on the model `" + relation.model()
                    + "`. Either run `prisma format` or add it manually.");
            return;
        }
        List<String> unknownFields = relation.fields().stream().filter(f -> model.field(f).isEmpty()).toList();
        if (!unknownFields.isEmpty()) {
            diagnostics.error(field.span(), "Error validating: The argument fields must refer only to existing fields. The "
                    + "following fields do not exist in this model: " + String.join(", ", unknownFields));
        }
        List<String> unknownReferences = relation.references().stream()
                .filter(f -> target.get().field(f).isEmpty()).toList();
        if (!unknownReferences.isEmpty()) {
            diagnostics.error(field.span(), "Error validating: The argument `references` must refer only to existing fields "
                    + "in the related model `" + relation.model() + "`. The following fields do not exist in the "
                    + "related model: " + String.join(", ", unknownReferences));
        }
        Relation other = opposite.get().relation().orElseThrow();
        boolean oneToMany = field.list() != opposite.get().list();
        if (oneToMany && !field.list() && !relation.holdsForeignKey()) {
            diagnostics.error(field.span(), prefix + "The relation field `" + field.name() + "` on Model `"
                    + model.name() + "` must specify the `fields` argument in the @relation attribute. You can run "
                    + "`prisma format` to fix this automatically.");
        }
        if (!field.list() && !opposite.get().list() && !relation.holdsForeignKey() && !other.holdsForeignKey()
                && model.name().compareTo(relation.model()) <= 0 && !model.name().equals(relation.model())) {
            diagnostics.error(field.span(), prefix + "The relation fields `" + field.name() + "` on Model `"
                    + model.name() + "` and `" + opposite.get().name() + "` on Model `" + relation.model()
                    + "` do not provide the `fields` argument in the @relation attribute. You have to provide it on "
                    + "one of the two fields.");
        }
    }

    /** The field on the other side: same relation name, pointing back; for a self relation, another field. */
    static Optional<PrismaField> opposite(PrismaModel model, PrismaField field, Relation relation,
                                          PrismaModel target) {
        return target.fields().stream()
                .filter(f -> f != field)
                .filter(f -> f.relation().map(r -> r.model().equals(model.name()) && r.name().equals(relation.name()))
                        .orElse(false))
                .findFirst();
    }
}
