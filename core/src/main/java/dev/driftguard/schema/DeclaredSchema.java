package dev.driftguard.schema;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import java.util.List;

/**
 * The schema the project declares (for Prisma, {@code schema.prisma}) as the relational schema the migration tool
 * would create, with where each part is declared.
 *
 * @param catalog     the tables, columns, indexes, constraints, enums and extensions it implies
 * @param models      every table it implies, with the model that declares it
 * @param extensions  required extensions
 * @param diagnostics problems in the schema files; a schema with errors still yields what could be read
 * @param sources     the files read
 */
public record DeclaredSchema(Catalog catalog, List<DeclaredModel> models, List<DeclaredExtension> extensions,
                             List<SchemaDiagnostic> diagnostics, List<SourceFile> sources) {
    public DeclaredSchema {
        models = List.copyOf(models);
        extensions = List.copyOf(extensions);
        diagnostics = List.copyOf(diagnostics);
        sources = List.copyOf(sources);
    }
}
