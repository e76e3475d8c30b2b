package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Argument;
import dev.driftguard.prisma.ast.Attribute;
import dev.driftguard.prisma.ast.ConfigDeclaration;
import dev.driftguard.prisma.ast.Diagnostics;
import dev.driftguard.prisma.ast.EnumDeclaration;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.ast.FieldDeclaration;
import dev.driftguard.prisma.ast.FieldType;
import dev.driftguard.prisma.ast.ModelDeclaration;
import dev.driftguard.prisma.ast.SchemaSyntax;
import dev.driftguard.prisma.ast.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names in a syntax tree and validates it the way Prisma's validator does, with Prisma's messages, for the
 * rules that decide the database schema: types, attributes, keys, indexes, relations, defaults.
 */
public final class SchemaResolver {

    private static final Set<String> SCALARS =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");
    private static final Set<String> FIELD_ATTRIBUTES =
            Set.of("id", "unique", "default", "map", "relation", "updatedAt", "ignore", "shardKey");
    private static final Set<String> BLOCK_ATTRIBUTES =
            Set.of("id", "unique", "index", "map", "schema", "ignore", "fulltext", "shardKey");
    private static final Set<String> DEFAULT_FUNCTIONS =
            Set.of("autoincrement", "now", "uuid", "cuid", "nanoid", "ulid", "dbgenerated");

    private final SchemaSyntax syntax;
    private final Diagnostics diagnostics;
    private final Map<String, ModelDeclaration> modelsByName = new HashMap<>();
    private final Map<String, EnumDeclaration> enumsByName = new HashMap<>();
    private final Set<String> compositeTypes = new HashSet<>();

    private SchemaResolver(SchemaSyntax syntax, Diagnostics diagnostics) {
        this.syntax = syntax;
        this.diagnostics = diagnostics;
    }

    /** Resolves {@code syntax}; problems go to {@code diagnostics}, and what can be resolved still is. */
    public static PrismaSchema resolve(SchemaSyntax syntax, Diagnostics diagnostics) {
        return new SchemaResolver(syntax, diagnostics).resolve();
    }

    private PrismaSchema resolve() {
        Optional<Datasource> datasource = datasource();
        Set<String> previewFeatures = previewFeatures();
        declareNames();
        List<PrismaEnum> enums = new ArrayList<>();
        for (EnumDeclaration declaration : syntax.enums()) {
            if (enumsByName.get(declaration.name().text()) == declaration) {
                enums.add(enumType(declaration));
            }
        }
        List<PrismaModel> models = new ArrayList<>();
        for (ModelDeclaration declaration : syntax.models()) {
            if (declaration.kind() == ModelDeclaration.Kind.COMPOSITE_TYPE) {
                diagnostics.error(headerSpan(declaration),
                        "Error validating: Composite types are not supported on Postgres.");
                continue;
            }
            if (declaration.kind() == ModelDeclaration.Kind.VIEW && !previewFeatures.contains("views")) {
                diagnostics.error(headerSpan(declaration), "Error validating: View definitions are only available "
                        + "with the `views` preview feature.");
            }
            if (modelsByName.get(declaration.name().text()) == declaration) {
                models.add(model(declaration));
            }
        }
        List<PrismaModel> withRelations = new RelationResolver(models, diagnostics).resolve();
        return new PrismaSchema(datasource, previewFeatures, withRelations, enums, syntax.files());
    }

    /** From the keyword to the name: {@code model User}. */
    private static Span headerSpan(ModelDeclaration declaration) {
        return new Span(declaration.span().file(), declaration.span().start(), declaration.name().span().end());
    }

    private Optional<Datasource> datasource() {
        List<ConfigDeclaration> datasources = syntax.datasources();
        if (datasources.size() > 1) {
            for (ConfigDeclaration extra : datasources) {
                diagnostics.error(extra.name().span(), "Error validating datasource `" + extra.name().text()
                        + "`: You defined more than one datasource. This is not allowed yet because support for "
                        + "multiple databases has not been implemented yet.");
            }
        }
        if (datasources.isEmpty()) {
            return Optional.empty();
        }
        ConfigDeclaration block = datasources.get(0);
        String provider = block.property("provider").map(p -> Values.string(p.value()).orElse(""))
                .orElse("");
        if (!provider.equals("postgresql") && !provider.equals("postgres")) {
            diagnostics.warning(block.name().span(), "Driftguard maps a schema to PostgreSQL; the datasource provider "
                    + "is \"" + provider + "\".");
        }
        List<String> schemas = block.property("schemas").map(p -> Values.strings(p.value())).orElse(List.of());
        List<DatasourceExtension> extensions = new ArrayList<>();
        block.property("extensions").ifPresent(p -> Values.elements(p.value()).forEach(e -> extensions.add(extension(e))));
        boolean foreignKeys = !block.property("relationMode").or(() -> block.property("referentialIntegrity"))
                .flatMap(p -> Values.string(p.value())).map("prisma"::equals).orElse(false);
        return Optional.of(new Datasource(block.name().text(), provider, schemas, extensions, foreignKeys));
    }

    private static DatasourceExtension extension(Expression entry) {
        String name = Values.name(entry).orElse(entry.toString());
        List<Argument> args = Values.arguments(entry);
        Optional<String> map = named(args, "map");
        return new DatasourceExtension(name, map.orElse(name), named(args, "schema"), named(args, "version"),
                entry.span());
    }

    private static Optional<String> named(List<Argument> args, String name) {
        return args.stream().filter(a -> a.isNamed(name)).findFirst().flatMap(a -> Values.string(a.value()));
    }

    private Set<String> previewFeatures() {
        Set<String> features = new LinkedHashSet<>();
        for (ConfigDeclaration generator : syntax.generators()) {
            generator.property("previewFeatures").ifPresent(p -> features.addAll(Values.strings(p.value())));
        }
        return features;
    }

    private void declareNames() {
        Map<String, String> kinds = new HashMap<>();
        for (ModelDeclaration model : syntax.models()) {
            String kind = model.kind() == ModelDeclaration.Kind.COMPOSITE_TYPE ? "composite type"
                    : model.kind().keyword();
            String existing = kinds.putIfAbsent(model.name().text(), kind);
            if (existing != null) {
                diagnostics.error(model.name().span(), "The " + kind + " \"" + model.name().text()
                        + "\" cannot be defined because a " + existing + " with that name already exists.");
            } else if (model.kind() == ModelDeclaration.Kind.COMPOSITE_TYPE) {
                compositeTypes.add(model.name().text());
            } else {
                modelsByName.put(model.name().text(), model);
            }
        }
        for (EnumDeclaration enumDeclaration : syntax.enums()) {
            String existing = kinds.putIfAbsent(enumDeclaration.name().text(), "enum");
            if (existing != null) {
                diagnostics.error(enumDeclaration.name().span(), "The enum \"" + enumDeclaration.name().text()
                        + "\" cannot be defined because a " + existing + " with that name already exists.");
            } else {
                enumsByName.put(enumDeclaration.name().text(), enumDeclaration);
            }
        }
    }

    private PrismaEnum enumType(EnumDeclaration declaration) {
        List<PrismaEnum.Value> values = new ArrayList<>();
        for (EnumDeclaration.Value value : declaration.values()) {
            String dbName = value.attribute("map").flatMap(a -> a.value("name", true)).flatMap(Values::string)
                    .orElse(value.name().text());
            values.add(new PrismaEnum.Value(value.name().text(), dbName));
            value.attributes().stream().filter(a -> !a.name().text().equals("map"))
                    .forEach(a -> diagnostics.error(a.span(), "Attribute not known: \"@" + a.name().text() + "\"."));
        }
        String dbName = declaration.attribute("map").flatMap(a -> a.value("name", true)).flatMap(Values::string)
                .orElse(declaration.name().text());
        Optional<String> schema = declaration.attribute("schema").flatMap(a -> a.value("name", true))
                .flatMap(Values::string);
        return new PrismaEnum(declaration.name().text(), dbName, schema, values, declaration.documentation(),
                declaration.name().span());
    }

    private PrismaModel model(ModelDeclaration declaration) {
        String modelName = declaration.name().text();
        List<PrismaField> fields = new ArrayList<>();
        Set<String> fieldNames = new HashSet<>();
        List<ModelIndex> indexes = new ArrayList<>();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        for (FieldDeclaration field : declaration.fields()) {
            if (!fieldNames.add(field.name().text())) {
                diagnostics.error(field.name().span(), "Field \"" + field.name().text()
                        + "\" is already defined on model \"" + modelName + "\".");
                continue;
            }
            Optional<PrismaField> resolved = field(declaration, field);
            if (resolved.isEmpty()) {
                continue;
            }
            PrismaField f = resolved.get();
            fields.add(f);
            field.attribute("id").filter(a -> a.argument("sort", false).isPresent()).ifPresent(a ->
                    diagnostics.error(a.span(), "Error parsing attribute \"@id\": The sort argument is not supported "
                            + "in the primary key with the current connector"));
            if (f.id()) {
                Attribute id = field.attribute("id").orElseThrow();
                primaryKey = Optional.of(new PrimaryKey(List.of(indexField(id, f.name())), Optional.empty(),
                        mapArgument(id), true, id.span()));
            }
            for (Attribute unique : field.attributes("unique")) {
                checkNoLength(unique, "@unique", List.of(indexField(unique, f.name())));
                indexes.add(new ModelIndex(ModelIndex.Kind.UNIQUE, List.of(indexField(unique, f.name())),
                        Optional.empty(), mapArgument(unique), Optional.empty(), true, unique.span()));
            }
        }
        for (Attribute attribute : declaration.attributes()) {
            String name = attribute.name().text();
            switch (name) {
                case "id" -> primaryKey = compoundKey(declaration, attribute, fieldNames);
                case "unique" -> compoundIndex(declaration, attribute, ModelIndex.Kind.UNIQUE, fieldNames)
                        .ifPresent(indexes::add);
                case "index" -> compoundIndex(declaration, attribute, ModelIndex.Kind.NORMAL, fieldNames)
                        .ifPresent(indexes::add);
                case "fulltext" -> compoundIndex(declaration, attribute, ModelIndex.Kind.FULLTEXT, fieldNames)
                        .ifPresent(indexes::add);
                default -> {
                    if (!BLOCK_ATTRIBUTES.contains(name)) {
                        diagnostics.error(attribute.span(), "Attribute not known: \"@" + name + "\".");
                    }
                }
            }
        }
        checkUniqueCriteria(declaration, primaryKey.isPresent()
                || indexes.stream().anyMatch(i -> i.kind() == ModelIndex.Kind.UNIQUE));
        String dbName = declaration.attribute("map").flatMap(a -> a.value("name", true)).flatMap(Values::string)
                .orElse(modelName);
        Optional<String> schema = declaration.attribute("schema").flatMap(a -> a.value("name", true))
                .flatMap(Values::string);
        return new PrismaModel(modelName, dbName, schema, declaration.kind() == ModelDeclaration.Kind.VIEW,
                declaration.attribute("ignore").isPresent(), fields,
                primaryKey, indexes, declaration.documentation(), declaration.name().span());
    }

    /**
     * Prisma asks a model for a primary key or any unique index (an optional field's counts too). A key that names
     * unknown fields has been reported already, so it counts as there.
     */
    private void checkUniqueCriteria(ModelDeclaration model, boolean hasKey) {
        if (hasKey || model.kind() == ModelDeclaration.Kind.VIEW || model.attribute("id").isPresent()
                || model.attribute("unique").isPresent()) {
            return;
        }
        diagnostics.error(model.name().span(), "Error validating model \"" + model.name().text() + "\": Each model "
                + "must have at least one unique criteria that has only required fields. Either mark a single field "
                + "with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the "
                + "model.");
    }

    private Optional<PrimaryKey> compoundKey(ModelDeclaration model, Attribute attribute, Set<String> fieldNames) {
        List<IndexField> fields = indexFields(attribute);
        if (!checkFields(model, attribute, fields, fieldNames, "The multi field id declaration")) {
            return Optional.empty();
        }
        return Optional.of(new PrimaryKey(fields, attribute.value("name", false).flatMap(Values::string),
                mapArgument(attribute), false, attribute.span()));
    }

    private Optional<ModelIndex> compoundIndex(ModelDeclaration model, Attribute attribute, ModelIndex.Kind kind,
                                               Set<String> fieldNames) {
        List<IndexField> fields = indexFields(attribute);
        String what = kind == ModelIndex.Kind.UNIQUE ? "The unique index definition" : "The index definition";
        if (!checkFields(model, attribute, fields, fieldNames, what)) {
            return Optional.empty();
        }
        if (kind == ModelIndex.Kind.FULLTEXT) {
            diagnostics.error(attribute.span(), "Error parsing attribute \"@@fulltext\": Defining fulltext indexes is "
                    + "not supported with the current connector.");
        }
        checkNoLength(attribute, "@@" + attribute.name().text(), fields);
        Optional<String> algorithm = attribute.value("type", false).flatMap(Values::name);
        return Optional.of(new ModelIndex(kind, fields, attribute.value("name", false).flatMap(Values::string),
                mapArgument(attribute), algorithm, false, attribute.span()));
    }

    private boolean checkFields(ModelDeclaration model, Attribute attribute, List<IndexField> fields,
                                Set<String> fieldNames, String what) {
        List<String> unknown = fields.stream().map(IndexField::name).filter(n -> !fieldNames.contains(n)).toList();
        if (!unknown.isEmpty() && attribute.name().text().equals("id")) {
            diagnostics.error(attribute.span(), "Error validating model \"" + model.name().text() + "\": " + what
                    + " refers to the unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(n -> "`" + n + "`").collect(java.util.stream.Collectors.joining(", "))
                    + ".");
            return false;
        }
        if (!unknown.isEmpty()) {
            diagnostics.error(attribute.span(), "Error validating model \"" + model.name().text() + "\": " + what
                    + " refers to the unknown fields: " + String.join(", ", unknown) + ".");
            return false;
        }
        if (fields.isEmpty()) {
            diagnostics.error(attribute.span(), "Error parsing attribute \"@@" + attribute.name().text()
                    + "\": The list of fields in an index cannot be empty. Please specify at least one field.");
            return false;
        }
        return true;
    }

    /** {@code length:} is MySQL's prefix length; PostgreSQL indexes have none. */
    private void checkNoLength(Attribute attribute, String written, List<IndexField> fields) {
        if (fields.stream().anyMatch(f -> f.length().isPresent())) {
            diagnostics.error(attribute.span(), "Error parsing attribute \"" + written + "\": The length argument is "
                    + "not supported in an index definition with the current connector");
        }
    }

    /** The fields of {@code @@index([a, b(sort: Desc)])}, positional or {@code fields:}. */
    private static List<IndexField> indexFields(Attribute attribute) {
        return attribute.value("fields", true).map(Values::elements).orElse(List.of()).stream()
                .map(SchemaResolver::indexFieldOf).toList();
    }

    private static IndexField indexFieldOf(Expression element) {
        String name = Values.name(element).orElse("");
        return withOptions(name, Values.arguments(element));
    }

    /** {@code @id(sort: Desc)} or {@code @unique(length: 10)}: options on a field-level key. */
    private static IndexField indexField(Attribute attribute, String fieldName) {
        return withOptions(fieldName, attribute.arguments());
    }

    private static IndexField withOptions(String name, List<Argument> args) {
        Optional<String> sort = args.stream().filter(a -> a.isNamed("sort")).findFirst().flatMap(a -> Values.name(a.value()));
        Optional<Integer> length = args.stream().filter(a -> a.isNamed("length")).findFirst()
                .flatMap(a -> Values.number(a.value())).map(Integer::parseInt);
        Optional<String> ops = args.stream().filter(a -> a.isNamed("ops")).findFirst().map(a -> Values.operatorClass(a.value()));
        return new IndexField(name, sort, length, ops);
    }

    private static Optional<String> mapArgument(Attribute attribute) {
        return attribute.value("map", false).flatMap(Values::string);
    }

    private Optional<PrismaField> field(ModelDeclaration model, FieldDeclaration field) {
        FieldType type = field.type().orElseThrow();
        String typeName = type.name().text();
        FieldKind kind;
        String resolvedType = typeName;
        if (typeName.equals("Unsupported")) {
            kind = FieldKind.UNSUPPORTED;
            resolvedType = type.unsupported().orElse("");
        } else if (SCALARS.contains(typeName)) {
            kind = FieldKind.SCALAR;
        } else if (enumsByName.containsKey(typeName)) {
            kind = FieldKind.ENUM;
        } else if (modelsByName.containsKey(typeName)) {
            kind = FieldKind.RELATION;
        } else if (compositeTypes.contains(typeName)) {
            return Optional.empty();
        } else {
            diagnostics.error(type.name().span(), "Type \"" + typeName
                    + "\" is neither a built-in type, nor refers to another model, composite type, or enum.");
            return Optional.empty();
        }
        Optional<PrismaField.NativeType> nativeType = Optional.empty();
        for (Attribute attribute : field.attributes()) {
            String name = attribute.name().text();
            if (name.startsWith("db.") || name.contains(".")) {
                nativeType = nativeType(attribute, kind == FieldKind.SCALAR ? typeName : "");
            } else if (!FIELD_ATTRIBUTES.contains(name)) {
                diagnostics.error(attribute.span(), "Attribute not known: \"@" + name + "\".");
            }
        }
        Optional<Expression> defaultValue = field.attribute("default").flatMap(a -> a.value("value", true));
        defaultValue.ifPresent(value -> checkDefault(field.attribute("default").orElseThrow(), value, kind, typeName,
                type.list()));
        String dbName = field.attribute("map").flatMap(a -> a.value("name", true)).flatMap(Values::string)
                .orElse(field.name().text());
        Optional<Relation> relation = kind == FieldKind.RELATION ? Optional.of(relation(model, field, typeName))
                : Optional.empty();
        return Optional.of(new PrismaField(field.name().text(), dbName, kind, resolvedType, type.list(),
                !type.optional(), nativeType, defaultValue, field.attribute("updatedAt").isPresent(),
                field.attribute("id").isPresent(), field.attribute("unique").isPresent(), relation,
                field.attribute("ignore").isPresent(), field.documentation(), field.span()));
    }

    private Optional<PrismaField.NativeType> nativeType(Attribute attribute, String scalar) {
        String typeName = attribute.name().text().substring(attribute.name().text().indexOf('.') + 1);
        Optional<NativeTypes> known = NativeTypes.byName(typeName);
        if (known.isEmpty()) {
            diagnostics.error(attribute.span(), "Native type " + typeName + " is not supported for postgresql connector.");
            return Optional.empty();
        }
        NativeTypes nativeType = known.get();
        if (!nativeType.scalar().equals(scalar)) {
            diagnostics.error(attribute.span(), "Native type " + typeName + " is not compatible with declared field type "
                    + (scalar.isEmpty() ? "Unsupported" : scalar) + ", expected field type " + nativeType.scalar() + ".");
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        for (Argument argument : attribute.arguments()) {
            Optional<String> number = Values.number(argument.value()).filter(n -> n.matches("[0-9]+"));
            if (number.isEmpty()) {
                diagnostics.error(argument.span(), "Expected a nonnegative integer, but found ("
                        + Values.source(argument.value()) + ").");
                return Optional.empty();
            }
            args.add(number.get());
        }
        if (nativeType == NativeTypes.DECIMAL && args.size() == 1) {
            diagnostics.error(attribute.span(), "Expected two nonnegative integers, but found ("
                    + String.join(", ", args) + ").");
            return Optional.empty();
        }
        if (args.size() < nativeType.minArguments() || args.size() > nativeType.maxArguments()) {
            diagnostics.error(attribute.span(), "Native type " + typeName + " takes " + nativeType.maxArguments()
                    + " optional arguments, but received " + args.size() + ".");
            return Optional.empty();
        }
        return Optional.of(new PrismaField.NativeType(typeName, args));
    }

    private void checkDefault(Attribute attribute, Expression value, FieldKind kind, String type, boolean list) {
        String prefix = "Error parsing attribute \"@default\": ";
        Optional<Expression.FunctionValue> call = Values.function(value);
        if (call.isPresent()) {
            Expression.FunctionValue function = call.get();
            if (!DEFAULT_FUNCTIONS.contains(function.name())) {
                diagnostics.error(value.span(), "Unknown function in @default(): `" + function.name()
                        + "` is not known. You can read about the available functions here: "
                        + "https://pris.ly/d/attribute-functions");
            } else if (function.name().equals("now") && !type.equals("DateTime")) {
                diagnostics.error(attribute.span(), prefix + "The function `now()` cannot be used on fields of type `"
                        + type + "`.");
            } else if (function.name().equals("autoincrement") && !type.equals("Int") && !type.equals("BigInt")) {
                diagnostics.error(attribute.span(), prefix + "The function `autoincrement()` cannot be used on fields "
                        + "of type `" + type + "`.");
            }
            return;
        }
        if (list || kind != FieldKind.SCALAR && kind != FieldKind.ENUM) {
            return;
        }
        if (kind == FieldKind.ENUM) {
            EnumDeclaration enumDeclaration = enumsByName.get(type);
            String valueName = Values.name(value).orElse("");
            if (enumDeclaration.values().stream().noneMatch(v -> v.name().text().equals(valueName))) {
                diagnostics.error(attribute.span(), prefix + "The defined default value `" + Values.source(value)
                        + "` is not a valid value of the enum specified for the field.");
            }
            return;
        }
        Optional<String> number = Values.number(value);
        if ((type.equals("Int") || type.equals("BigInt")) && number.filter(n -> !n.matches("-?[0-9]+")).isPresent()) {
            diagnostics.error(attribute.span(), prefix + "Parse error: \"" + number.get()
                    + "\" is not a valid integer. (invalid digit found in string)");
            return;
        }
        boolean fits = switch (type) {
            case "String", "DateTime", "Json", "Bytes" -> Values.string(value).isPresent();
            case "Decimal" -> number.isPresent() || Values.string(value).isPresent();
            case "Boolean" -> Values.name(value).filter(n -> n.equals("true") || n.equals("false")).isPresent();
            case "Int", "BigInt" -> Values.number(value).filter(n -> n.matches("-?[0-9]+")).isPresent();
            case "Float" -> number.isPresent();
            default -> true;
        };
        if (!fits) {
            String expected = switch (type) {
                case "Int", "BigInt", "Float", "Decimal", "Boolean", "String" -> type;
                default -> "String";
            };
            diagnostics.error(attribute.span(), prefix + "Expected a " + expected + " value, but found `"
                    + Values.source(value) + "`.");
        }
    }

    private static Relation relation(ModelDeclaration model, FieldDeclaration field, String target) {
        Optional<Attribute> attribute = field.attribute("relation");
        String defaultName = model.name().text().compareTo(target) < 0
                ? model.name().text() + "To" + target : target + "To" + model.name().text();
        String name = attribute.flatMap(a -> a.value("name", true)).flatMap(Values::string).orElse(defaultName);
        List<String> fields = attribute.flatMap(a -> a.value("fields", false)).map(Values::names).orElse(List.of());
        List<String> references = attribute.flatMap(a -> a.value("references", false)).map(Values::names)
                .orElse(List.of());
        return new Relation(name, target, fields, references,
                attribute.flatMap(a -> a.value("onDelete", false)).flatMap(Values::name),
                attribute.flatMap(a -> a.value("onUpdate", false)).flatMap(Values::name),
                attribute.flatMap(a -> a.value("map", false)).flatMap(Values::string));
    }
}
