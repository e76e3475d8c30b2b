package dev.driftguard.prisma.model;

import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A schema after name resolution: what Prisma's own validator builds before it derives the database schema, and what
 * its DMMF describes. Models and enums keep their declaration order.
 *
 * @param previewFeatures the generator's {@code previewFeatures}
 */
public record PrismaSchema(Optional<Datasource> datasource, Set<String> previewFeatures, List<PrismaModel> models,
                           List<PrismaEnum> enums, List<SourceFile> files) {

    public PrismaSchema {
        previewFeatures = Set.copyOf(previewFeatures);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
        files = List.copyOf(files);
    }

    public Optional<PrismaModel> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<PrismaEnum> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
