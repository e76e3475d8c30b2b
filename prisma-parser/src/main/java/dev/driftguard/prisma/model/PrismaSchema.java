package dev.driftguard.prisma.model;

import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A schema after name resolution: what Prisma's own validator builds before it derives the database schema, and what
 * its DMMF describes. Models and enums keep their declaration order.
 *
 * @param previewFeatures the generator's {@code previewFeatures}
 */
public record PrismaSchema(Optional<Datasource> datasource, Set<String> previewFeatures, List<PrismaModel> models,
                           List<PrismaEnum> enums, List<SourceFile> files, Map<String, PrismaModel> modelsByName,
                           Map<String, PrismaEnum> enumsByName) {

    public PrismaSchema {
        previewFeatures = Set.copyOf(previewFeatures);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
        files = List.copyOf(files);
        modelsByName = Map.copyOf(modelsByName);
        enumsByName = Map.copyOf(enumsByName);
    }

    /** A schema whose lookups by name are indexed from its lists; names are unique once resolved. */
    public PrismaSchema(Optional<Datasource> datasource, Set<String> previewFeatures, List<PrismaModel> models,
                        List<PrismaEnum> enums, List<SourceFile> files) {
        this(datasource, previewFeatures, models, enums, files,
                models.stream().collect(Collectors.toMap(PrismaModel::name, m -> m, (a, b) -> a)),
                enums.stream().collect(Collectors.toMap(PrismaEnum::name, e -> e, (a, b) -> a)));
    }

    public Optional<PrismaModel> model(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    public Optional<PrismaEnum> enumType(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }
}
