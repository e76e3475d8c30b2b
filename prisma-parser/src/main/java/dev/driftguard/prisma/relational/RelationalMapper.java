package dev.driftguard.prisma.relational;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.ast.Span;
import dev.driftguard.prisma.model.Datasource;
import dev.driftguard.prisma.model.FieldKind;
import dev.driftguard.prisma.model.IndexField;
import dev.driftguard.prisma.model.ModelIndex;
import dev.driftguard.prisma.model.PrimaryKey;
import dev.driftguard.prisma.model.PrismaEnum;
import dev.driftguard.prisma.model.PrismaField;
import dev.driftguard.prisma.model.PrismaModel;
import dev.driftguard.prisma.model.PrismaSchema;
import dev.driftguard.prisma.model.Relation;
import dev.driftguard.schema.DeclaredExtension;
import dev.driftguard.schema.DeclaredModel;
import dev.driftguard.schema.SchemaDiagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives the PostgreSQL schema that {@code prisma migrate} creates for a resolved schema: one table per model (views
 * and composite types create none), a join table per implicit many-to-many relation, enums, serial sequences, primary
 * keys, unique and other indexes, foreign keys and extensions, all named as Prisma names them.
 */
public final class RelationalMapper {

    private static final String DEFAULT_SCHEMA = "public";
    private static final Map<String, String> REFERENTIAL_ACTIONS = Map.of(
            "Cascade", "CASCADE", "Restrict", "RESTRICT", "NoAction", "NO ACTION", "SetNull", "SET NULL",
            "SetDefault", "SET DEFAULT");

    private final PrismaSchema schema;
    private final int prismaMajor;
    private final List<Table> tables = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<DeclaredModel> declaredModels = new ArrayList<>();
    private final List<NamedBy> indexNames = new ArrayList<>();

    /**
     * What a schema maps to.
     *
     * @param diagnostics problems only the derived names reveal, such as two indexes with one name
     */
    public record Mapping(Catalog catalog, List<DeclaredModel> models, List<DeclaredExtension> extensions,
                          List<SchemaDiagnostic> diagnostics) {
        public Mapping {
            models = List.copyOf(models);
            extensions = List.copyOf(extensions);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** An index or primary key name with the attribute that gave it, for telling which ones collide. */
    private record NamedBy(QualifiedName name, String model, boolean foreignKey, String attribute, Span span) {
        boolean isConstraint() {
            return foreignKey || attribute.endsWith("id");
        }
    }

    private RelationalMapper(PrismaSchema schema, int prismaMajor) {
        this.schema = schema;
        this.prismaMajor = prismaMajor;
    }

    /**
     * @param prismaMajor the Prisma major whose migrations are mirrored: before 6, join tables have a unique index
     *                    {@code _AB_unique}; since 6, a primary key {@code _AB_pkey}
     */
    public static Mapping map(PrismaSchema schema, int prismaMajor) {
        return new RelationalMapper(schema, prismaMajor).map();
    }

    private Mapping map() {
        for (PrismaModel model : schema.models()) {
            if (!model.view()) {
                table(model);
            }
        }
        joinTables();
        List<EnumType> enums = schema.enums().stream()
                .map(e -> new EnumType(
                        QualifiedName.of(e.schema().orElse(DEFAULT_SCHEMA), PostgresNames.stored(e.dbName())),
                        e.values().stream().map(PrismaEnum.Value::dbName).toList()))
                .toList();
        List<DeclaredExtension> declaredExtensions = new ArrayList<>();
        List<Extension> extensions = new ArrayList<>();
        schema.datasource().map(Datasource::extensions).orElse(List.of()).forEach(e -> {
            declaredExtensions.add(new DeclaredExtension(e.dbName(), e.schema(), e.version(),
                    Optional.of(e.span().location())));
            extensions.add(new Extension(e.dbName(), e.version(), e.schema().orElse(DEFAULT_SCHEMA)));
        });
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(DEFAULT_SCHEMA);
        schema.datasource().ifPresent(d -> schemas.addAll(d.schemas()));
        Catalog catalog = new Catalog(Optional.empty(), List.of(DEFAULT_SCHEMA), List.copyOf(schemas), tables,
                indexes, constraints, enums, List.of(), sequences, extensions, Optional.empty(), List.of());
        return new Mapping(catalog, declaredModels, declaredExtensions, nameCollisions());
    }

    /**
     * Index and primary key names share one namespace per schema in PostgreSQL; Prisma rejects a schema where two of
     * them, given or derived, are the same, and reports each.
     */
    private List<SchemaDiagnostic> nameCollisions() {
        List<SchemaDiagnostic> found = new ArrayList<>();
        Map<QualifiedName, Long> global = indexNames.stream().filter(n -> !n.foreignKey())
                .collect(Collectors.groupingBy(NamedBy::name, Collectors.counting()));
        indexNames.stream().filter(n -> !n.foreignKey() && global.get(n.name()) > 1)
                .forEach(n -> found.add(collision(n, "global for primary key, indexes and unique constraints")));
        // Primary keys and foreign keys are constraints of their table: a clash with one of them is also reported once
        // per table, on the first of the names, as Prisma does.
        Map<String, List<NamedBy>> perModel = indexNames.stream().collect(Collectors.groupingBy(
                n -> n.model() + "\u0000" + n.name().name(), java.util.LinkedHashMap::new, Collectors.toList()));
        perModel.values().stream()
                .filter(group -> group.size() > 1 && group.stream().anyMatch(NamedBy::isConstraint))
                .map(group -> group.get(0))
                .forEach(n -> found.add(collision(n, "on model `" + n.model()
                        + "` for primary key, indexes, unique constraints and foreign keys")));
        return found;
    }

    private static SchemaDiagnostic collision(NamedBy n, String namespace) {
        return new SchemaDiagnostic(Severity.ERROR, "Error parsing attribute \"" + n.attribute()
                + "\": The given constraint name `" + n.name().name() + "` has to be unique in the following "
                + "namespace: " + namespace + ". Please provide a different name using the `map` argument.",
                n.span().location());
    }

    private boolean foreignKeys() {
        return schema.datasource().map(Datasource::foreignKeys).orElse(true);
    }

    private QualifiedName tableName(PrismaModel model) {
        return QualifiedName.of(model.schema().orElse(DEFAULT_SCHEMA), PostgresNames.stored(model.dbName()));
    }

    private void table(PrismaModel model) {
        QualifiedName table = tableName(model);
        List<Column> columns = new ArrayList<>();
        for (PrismaField field : model.columns()) {
            Optional<PrismaEnum> enumType = enumOf(field);
            Optional<String> sequence = Optional.empty();
            String type = ColumnTypes.formatType(field, enumType, table.schema());
            if (isAutoincrement(field)) {
                String sequenceName = PostgresNames.truncateSequence(table.name(), field.dbName());
                sequences.add(new Sequence(QualifiedName.of(table.schema(), sequenceName), type,
                        Optional.of(table.schema() + "." + table.name() + "." + PostgresNames.stored(field.dbName()))));
                String qualified = table.schema().equals(DEFAULT_SCHEMA) ? PostgresNames.quoteIdent(sequenceName)
                        : PostgresNames.quoteIdent(table.schema()) + "." + PostgresNames.quoteIdent(sequenceName);
                sequence = Optional.of("nextval('" + qualified.replace("'", "''") + "'::regclass)");
            }
            // Prisma creates list columns without NOT NULL: a list is never optional in the schema, but may be NULL.
            boolean nullable = !field.required() || field.list();
            columns.add(new Column(PostgresNames.stored(field.dbName()), type, nullable,
                    ColumnDefaults.render(field, enumType, sequence), Optional.empty(), Optional.empty()));
        }
        tables.add(Table.of(table, columns));
        declaredModels.add(new DeclaredModel(model.name(), table, Optional.of(model.nameSpan().location())));
        model.primaryKey().ifPresent(pk -> primaryKey(model, table, pk));
        for (ModelIndex index : model.indexes()) {
            if (index.kind() == ModelIndex.Kind.FULLTEXT) {
                // Rejected on PostgreSQL already; its derived name still takes part in the name check, as in Prisma.
                String name = index.dbName().orElse(PostgresNames.index(model.dbName(),
                        fullColumnNames(model, index.fieldNames())));
                indexNames.add(new NamedBy(QualifiedName.of(table.schema(), name), model.name(), false, "@@fulltext",
                        index.span()));
            } else {
                index(model, table, index);
            }
        }
        if (foreignKeys()) {
            for (PrismaField field : model.fields()) {
                field.relation().filter(Relation::holdsForeignKey)
                        .ifPresent(relation -> foreignKey(model, table, field, relation));
            }
        }
    }

    private static boolean isAutoincrement(PrismaField field) {
        return field.defaultValue().flatMap(v -> v.accept(new FunctionName())).filter("autoincrement"::equals)
                .isPresent();
    }

    private Optional<PrismaEnum> enumOf(PrismaField field) {
        return field.kind() == FieldKind.ENUM ? schema.enumType(field.type()) : Optional.empty();
    }

    private void primaryKey(PrismaModel model, QualifiedName table, PrimaryKey pk) {
        List<String> columns = columnNames(model, pk.fieldNames());
        String name = pk.dbName().orElse(PostgresNames.primaryKey(model.dbName()));
        indexNames.add(new NamedBy(QualifiedName.of(table.schema(), name), model.name(), false,
                pk.definedOnField() ? "@id" : "@@id", pk.span()));
        constraints.add(Constraint.simple(name, table, ConstraintKind.PRIMARY_KEY, columns));
        indexes.add(new Index(QualifiedName.of(table.schema(), name), table, true, true, "btree",
                keys(model, pk.fields(), "btree"), Optional.empty(), true));
    }

    private void index(PrismaModel model, QualifiedName table, ModelIndex index) {
        // Prisma derives names from the full database names, before PostgreSQL would cut any of them.
        List<String> fullColumns = fullColumnNames(model, index.fieldNames());
        boolean unique = index.kind() == ModelIndex.Kind.UNIQUE;
        String name = index.dbName().orElse(unique ? PostgresNames.uniqueIndex(model.dbName(), fullColumns)
                : PostgresNames.index(model.dbName(), fullColumns));
        String attribute = index.definedOnField() ? "@unique" : unique ? "@@unique" : "@@index";
        indexNames.add(new NamedBy(QualifiedName.of(table.schema(), name), model.name(), false, attribute,
                index.span()));
        String method = index.algorithm().map(a -> a.toLowerCase(Locale.ROOT)).orElse("btree");
        indexes.add(new Index(QualifiedName.of(table.schema(), name), table, unique, false, method,
                keys(model, index.fields(), method), Optional.empty(), true));
    }

    private void foreignKey(PrismaModel model, QualifiedName table, PrismaField field, Relation relation) {
        Optional<PrismaModel> target = schema.model(relation.model());
        if (target.isEmpty()) {
            return;
        }
        List<String> columns = columnNames(model, relation.fields());
        List<String> referenced = columnNames(target.get(), relation.references());
        String onDelete = relation.onDelete().map(a -> REFERENTIAL_ACTIONS.getOrDefault(a, a))
                .orElse(field.required() ? "RESTRICT" : "SET NULL");
        String onUpdate = relation.onUpdate().map(a -> REFERENTIAL_ACTIONS.getOrDefault(a, a)).orElse("CASCADE");
        String name = relation.map()
                .orElse(PostgresNames.foreignKey(model.dbName(), fullColumnNames(model, relation.fields())));
        indexNames.add(new NamedBy(QualifiedName.of(table.schema(), name), model.name(), true, "@relation",
                field.span()));
        constraints.add(new Constraint(name, table, ConstraintKind.FOREIGN_KEY, columns,
                Optional.of(tableName(target.get())), referenced, Optional.of(onDelete), Optional.of(onUpdate),
                Optional.empty(), true));
    }

    /** One join table per implicit many-to-many relation: both sides are lists and neither names fields. */
    private void joinTables() {
        Set<String> done = new LinkedHashSet<>();
        for (PrismaModel model : schema.models()) {
            for (PrismaField field : model.fields()) {
                Optional<Relation> relation = field.relation();
                if (relation.isEmpty() || !field.list() || relation.get().holdsForeignKey()) {
                    continue;
                }
                Optional<PrismaModel> target = schema.model(relation.get().model());
                Optional<PrismaField> opposite = target.flatMap(t -> t.fields().stream()
                        .filter(f -> f != field && f.list())
                        .filter(f -> f.relation().map(r -> r.model().equals(model.name())
                                && r.name().equals(relation.get().name()) && !r.holdsForeignKey()).orElse(false))
                        .findFirst());
                if (opposite.isPresent() && done.add(relation.get().name())) {
                    boolean modelFirst = model.name().compareTo(target.get().name()) <= 0;
                    PrismaModel a = modelFirst ? model : target.get();
                    PrismaModel b = modelFirst ? target.get() : model;
                    joinTable(relation.get().name(), a, b, field.span());
                }
            }
        }
    }

    private void joinTable(String relationName, PrismaModel a, PrismaModel b, Span declaredAt) {
        Optional<PrismaField> idA = singleId(a);
        Optional<PrismaField> idB = singleId(b);
        if (idA.isEmpty() || idB.isEmpty()) {
            return;
        }
        String tableName = "_" + relationName;
        QualifiedName table = QualifiedName.of(a.schema().orElse(DEFAULT_SCHEMA), tableName);
        tables.add(Table.of(table, List.of(
                Column.of("A", ColumnTypes.formatType(idA.get(), enumOf(idA.get()), table.schema()), false),
                Column.of("B", ColumnTypes.formatType(idB.get(), enumOf(idB.get()), table.schema()), false))));
        declaredModels.add(new DeclaredModel(tableName, table, Optional.of(declaredAt.location())));
        if (prismaMajor >= 6) {
            String pk = tableName + "_AB_pkey";
            constraints.add(Constraint.simple(pk, table, ConstraintKind.PRIMARY_KEY, List.of("A", "B")));
            indexes.add(new Index(QualifiedName.of(table.schema(), pk), table, true, true, "btree",
                    List.of("\"A\"", "\"B\""), Optional.empty(), true));
        } else {
            indexes.add(new Index(QualifiedName.of(table.schema(), tableName + "_AB_unique"), table, true, false,
                    "btree", List.of("\"A\"", "\"B\""), Optional.empty(), true));
        }
        indexes.add(new Index(QualifiedName.of(table.schema(), tableName + "_B_index"), table, false, false, "btree",
                List.of("\"B\""), Optional.empty(), true));
        if (foreignKeys()) {
            constraints.add(new Constraint(tableName + "_A_fkey", table, ConstraintKind.FOREIGN_KEY, List.of("A"),
                    Optional.of(tableName(a)), List.of(idA.get().dbName()), Optional.of("CASCADE"),
                    Optional.of("CASCADE"), Optional.empty(), true));
            constraints.add(new Constraint(tableName + "_B_fkey", table, ConstraintKind.FOREIGN_KEY, List.of("B"),
                    Optional.of(tableName(b)), List.of(idB.get().dbName()), Optional.of("CASCADE"),
                    Optional.of("CASCADE"), Optional.empty(), true));
        }
    }

    private static Optional<PrismaField> singleId(PrismaModel model) {
        return model.primaryKey().filter(pk -> pk.fields().size() == 1)
                .flatMap(pk -> model.field(pk.fields().get(0).name()));
    }

    private static List<String> fullColumnNames(PrismaModel model, List<String> fieldNames) {
        return fieldNames.stream().map(n -> model.field(n).map(PrismaField::dbName).orElse(n)).toList();
    }

    private static List<String> columnNames(PrismaModel model, List<String> fieldNames) {
        return fieldNames.stream().map(n -> PostgresNames.stored(model.field(n).map(PrismaField::dbName).orElse(n)))
                .toList();
    }

    /**
     * Index keys as introspection reads them back: the column as {@code quote_ident} writes it, then the operator
     * class unless it is the method's default for the type, then {@code DESC} when given.
     */
    private static List<String> keys(PrismaModel model, List<IndexField> fields, String method) {
        return fields.stream().map(f -> {
            String column = PostgresNames.stored(model.field(f.name()).map(PrismaField::dbName).orElse(f.name()));
            StringBuilder key = new StringBuilder(PostgresNames.quoteIdent(column));
            f.operatorClass().map(OperatorClasses::postgresName)
                    .filter(ops -> !OperatorClasses.isDefault(method, ops))
                    .ifPresent(ops -> key.append(' ').append(ops));
            f.sort().filter("Desc"::equals).ifPresent(s -> key.append(" DESC"));
            return key.toString();
        }).toList();
    }

    /** The name of a call, for telling {@code autoincrement()} from other defaults. */
    private static final class FunctionName implements Expression.Visitor<Optional<String>> {
        @Override
        public Optional<String> visitString(Expression.StringValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitNumber(Expression.NumberValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitPath(Expression.PathValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitFunction(Expression.FunctionValue value) {
            return Optional.of(value.name());
        }

        @Override
        public Optional<String> visitArray(Expression.ArrayValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitObject(Expression.ObjectValue value) {
            return Optional.empty();
        }
    }
}
