package dev.driftguard.prisma;

import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.prisma.ast.Diagnostics;
import dev.driftguard.prisma.ast.SchemaSyntax;
import dev.driftguard.prisma.ast.Span;
import dev.driftguard.prisma.model.PrismaSchema;
import dev.driftguard.prisma.model.SchemaResolver;
import dev.driftguard.prisma.relational.RelationalMapper;
import dev.driftguard.prisma.syntax.PrismaSyntaxReader;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaDiagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a Prisma schema, one {@code schema.prisma} or a folder of {@code .prisma} files, into the relational schema
 * {@code prisma migrate} creates on PostgreSQL.
 *
 * <pre>{@code
 * DeclaredSchema schema = PrismaSchemaParser.parse(Path.of("prisma/schema.prisma"));
 * DeclaredSchema prisma5 = PrismaSchemaParser.forPrismaMajor(5).read(schemaPath, projectDir).declared();
 * }</pre>
 *
 * Problems in the schema become {@link SchemaDiagnostic}s, never exceptions; only I/O failures throw.
 */
public final class PrismaSchemaParser {

    /** The Prisma major mirrored unless told otherwise. */
    public static final int DEFAULT_PRISMA_MAJOR = 6;

    private final int prismaMajor;

    private PrismaSchemaParser(int prismaMajor) {
        this.prismaMajor = prismaMajor;
    }

    /** A parser that mirrors what {@code prisma migrate} of this major creates (join tables differ before 6). */
    public static PrismaSchemaParser forPrismaMajor(int prismaMajor) {
        return new PrismaSchemaParser(prismaMajor);
    }

    /** Reads a schema file or folder; locations are relative to the file's (or folder's) parent. */
    public static DeclaredSchema parse(Path schemaPath) throws IOException {
        Path absolute = schemaPath.toAbsolutePath();
        Path base = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return forPrismaMajor(DEFAULT_PRISMA_MAJOR).read(schemaPath, base).declared();
    }

    /** Reads schema text held in memory, as one file called {@code path}. */
    public static DeclaredSchema parseText(String path, String text) {
        return forPrismaMajor(DEFAULT_PRISMA_MAJOR).read(List.of(new SourceFile(path, text))).declared();
    }

    /**
     * Reads a schema file, or every {@code .prisma} file under a folder (a multi-file schema), in path order.
     *
     * @param projectDir paths in locations are made relative to it
     */
    public ParsedSchema read(Path schemaPath, Path projectDir) throws IOException {
        return read(schemaPath, projectDir, FileOverrides.none());
    }

    /** As {@link #read(Path, Path)}, with overridden files' text (an editor's unsaved buffers) instead of the disk's. */
    public ParsedSchema read(Path schemaPath, Path projectDir, FileOverrides overrides) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Path file : schemaFiles(schemaPath)) {
            Optional<String> text = overrides.text(file);
            files.add(new SourceFile(relative(projectDir, file),
                    text.isPresent() ? text.get() : Files.readString(file, StandardCharsets.UTF_8)));
        }
        return read(files);
    }

    /** Reads files already in memory, as one schema. */
    public ParsedSchema read(List<SourceFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            SchemaSyntax syntax = PrismaSyntaxReader.read(files, diagnostics);
            PrismaSchema prisma = SchemaResolver.resolve(syntax, diagnostics);
            if (prisma.datasource().isEmpty() && !files.isEmpty()) {
                diagnostics.warning(new Span(files.get(0), 0, 0),
                        "The schema has no datasource block; Driftguard assumes PostgreSQL.");
            }
            RelationalMapper.Mapping mapping = RelationalMapper.map(prisma, prismaMajor);
            mapping.diagnostics().forEach(diagnostics::add);
            return new ParsedSchema(prisma, new DeclaredSchema(mapping.catalog(), mapping.models(),
                    mapping.extensions(), diagnostics.sorted(), files));
        } catch (RuntimeException | StackOverflowError bug) {
            // A schema must never crash the caller, not even one nested deeper than the parser's stack: report the
            // failure against the first file and map nothing.
            List<SchemaDiagnostic> all = new ArrayList<>(diagnostics.sorted());
            String file = files.isEmpty() ? "schema.prisma" : files.get(0).path();
            all.add(new SchemaDiagnostic(Severity.ERROR, "Driftguard could not read this schema: " + bug,
                    Location.ofFile(file)));
            PrismaSchema empty = new PrismaSchema(Optional.empty(), Set.of(), List.of(), List.of(), files);
            return new ParsedSchema(empty, new DeclaredSchema(Catalog.empty(), List.of(), List.of(), all, files));
        }
    }

    private static List<Path> schemaFiles(Path schemaPath) throws IOException {
        if (!Files.isDirectory(schemaPath)) {
            return List.of(schemaPath);
        }
        try (Stream<Path> walk = Files.walk(schemaPath)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".prisma"))
                    .sorted()
                    .toList();
        }
    }

    private static String relative(Path projectDir, Path file) {
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path absoluteProject = projectDir.toAbsolutePath().normalize();
        Path shown = absoluteFile.startsWith(absoluteProject) ? absoluteProject.relativize(absoluteFile) : absoluteFile;
        return shown.toString().replace('\\', '/');
    }
}
