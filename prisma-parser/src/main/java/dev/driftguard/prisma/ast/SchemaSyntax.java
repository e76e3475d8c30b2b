package dev.driftguard.prisma.ast;

import dev.driftguard.SourceFile;
import java.util.List;

/**
 * The syntax tree of a whole schema, over one or more files, in the order the files and their blocks were read.
 */
public record SchemaSyntax(List<SourceFile> files, List<ConfigDeclaration> datasources,
                           List<ConfigDeclaration> generators, List<ModelDeclaration> models,
                           List<EnumDeclaration> enums) {

    public SchemaSyntax {
        files = List.copyOf(files);
        datasources = List.copyOf(datasources);
        generators = List.copyOf(generators);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
    }
}
