package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.Severity;
import dev.driftguard.catalog.Table;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.model.FieldKind;
import dev.driftguard.prisma.model.IndexField;
import dev.driftguard.prisma.model.ModelIndex;
import dev.driftguard.prisma.model.PrismaEnum;
import dev.driftguard.prisma.model.PrismaField;
import dev.driftguard.prisma.model.PrismaModel;
import dev.driftguard.prisma.model.PrismaSchema;
import dev.driftguard.prisma.relational.PostgresNames;
import dev.driftguard.schema.SchemaDiagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares our reading of every test schema with Prisma's own, recorded by
 * {@code src/test/reference/generate-goldens.mjs}: the DMMF of the schemas Prisma accepts, the errors of those it
 * rejects.
 */
class PrismaReferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> validCases() throws IOException {
        return TestSchemas.cases("valid");
    }

    static List<String> invalidCases() throws IOException {
        return TestSchemas.cases("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void readsEveryModelFieldIndexAndEnumAsPrismaDoes(String name) throws IOException {
        ParsedSchema parsed = TestSchemas.parseValid(name);
        JsonNode dmmf = JSON.readTree(TestSchemas.caseDir("valid", name).resolve("dmmf.json").toFile())
                .get("datamodel");

        assertThat(parsed.declared().diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        assertThat(describeModels(parsed.prisma())).isEqualTo(describeModels(dmmf));
        assertThat(describeEnums(parsed.prisma())).isEqualTo(describeEnums(dmmf));
        assertThat(describeIndexes(parsed.prisma())).isEqualTo(describeIndexes(dmmf));
        assertThat(describeTables(parsed)).isEqualTo(describeTables(dmmf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void reportsEveryErrorPrismaReportsOnTheSameLine(String name) throws IOException {
        ParsedSchema parsed = TestSchemas.parse("invalid", name);
        JsonNode errors = JSON.readTree(TestSchemas.caseDir("invalid", name).resolve("prisma-errors.json").toFile())
                .get("errors");

        List<String> ours = parsed.declared().diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(PrismaReferenceTest::fileLineMessage)
                .toList();
        List<String> prisma = StreamSupport.stream(errors.spliterator(), false)
                .map(e -> e.get("file").asText() + ":" + e.get("line").asInt() + " " + e.get("message").asText())
                .toList();
        assertThat(ours).containsAll(prisma);
    }

    private static String fileLineMessage(SchemaDiagnostic d) {
        return d.location().file() + ":" + d.location().line() + " " + d.message();
    }

    // ---- one line of text per thing compared, so that a failure shows a readable diff ----

    private static List<String> describeModels(PrismaSchema schema) {
        List<String> lines = new ArrayList<>();
        for (PrismaModel model : schema.models()) {
            if (model.ignored()) {
                continue; // the DMMF leaves @@ignore models out
            }
            lines.add("model " + model.name() + " table=" + model.dbName() + " schema=" + model.schema().orElse("-")
                    + " docs=" + docs(model.documentation())
                    + " pk=" + model.primaryKey().filter(pk -> !pk.definedOnField())
                    .map(pk -> pk.clientName().orElse("-") + pk.fieldNames()).orElse("-")
                    + " uniques=" + model.indexes().stream()
                    .filter(i -> i.kind() == ModelIndex.Kind.UNIQUE && !i.definedOnField())
                    .map(i -> i.clientName().orElse("-") + i.fieldNames()).toList());
            for (PrismaField field : model.fields()) {
                if (field.kind() == FieldKind.UNSUPPORTED || field.ignored()) {
                    continue; // the DMMF leaves Unsupported and @ignore fields out
                }
                lines.add("  " + field.name() + " column=" + field.dbName() + " " + field.kind().dmmfKind() + " "
                        + field.type() + (field.list() ? "[]" : "") + (field.required() ? "" : "?")
                        + " native=" + field.nativeType().map(n -> n.name() + n.arguments()).orElse("-")
                        + " id=" + field.id() + " unique=" + field.unique() + " updatedAt=" + field.updatedAt()
                        + " default=" + field.defaultValue().map(v -> defaultText(v, field.type())).orElse("-")
                        + " docs=" + docs(field.documentation())
                        + field.relation().map(r -> " relation=" + r.name() + " from=" + r.fields() + " to="
                        + r.references() + " onDelete=" + r.onDelete().orElse("-") + " onUpdate="
                        + r.onUpdate().orElse("-")).orElse(""));
            }
        }
        return lines;
    }

    private static List<String> describeModels(JsonNode dmmf) {
        List<String> lines = new ArrayList<>();
        for (JsonNode model : dmmf.get("models")) {
            JsonNode pk = model.get("primaryKey");
            List<String> uniques = new ArrayList<>();
            for (int i = 0; i < model.get("uniqueIndexes").size(); i++) {
                JsonNode unique = model.get("uniqueIndexes").get(i);
                uniques.add(text(unique.get("name")) + strings(unique.get("fields")));
            }
            lines.add("model " + model.get("name").asText() + " table="
                    + (model.get("dbName").isNull() ? model.get("name").asText() : model.get("dbName").asText())
                    + " schema=" + text(model.get("schema")) + " docs=" + optional(model.get("documentation"))
                    + " pk=" + (pk == null || pk.isNull() ? "-" : text(pk.get("name")) + strings(pk.get("fields")))
                    + " uniques=" + uniques);
            for (JsonNode field : model.get("fields")) {
                JsonNode nativeType = field.get("nativeType");
                String relation = field.has("relationName")
                        ? " relation=" + field.get("relationName").asText() + " from="
                        + strings(field.get("relationFromFields")) + " to=" + strings(field.get("relationToFields"))
                        + " onDelete=" + optional(field.get("relationOnDelete"))
                        + " onUpdate=" + optional(field.get("relationOnUpdate"))
                        : "";
                lines.add("  " + field.get("name").asText() + " column="
                        + (field.has("dbName") && !field.get("dbName").isNull() ? field.get("dbName").asText()
                        : field.get("name").asText())
                        + " " + field.get("kind").asText() + " " + field.get("type").asText()
                        + (field.get("isList").asBoolean() ? "[]" : "")
                        + (field.get("isRequired").asBoolean() ? "" : "?")
                        + " native=" + (nativeType == null || nativeType.isNull() ? "-"
                        : nativeType.get(0).asText() + strings(nativeType.get(1)))
                        + " id=" + field.get("isId").asBoolean() + " unique=" + field.get("isUnique").asBoolean()
                        + " updatedAt=" + field.get("isUpdatedAt").asBoolean()
                        + " default=" + (field.has("default")
                        ? dmmfDefault(field.get("default"), field.get("type").asText()) : "-")
                        + " docs=" + optional(field.get("documentation"))
                        + relation);
            }
        }
        return lines;
    }

    private static List<String> describeEnums(PrismaSchema schema) {
        return schema.enums().stream().map(e -> e.name() + " type=" + e.dbName() + " docs="
                + docs(e.documentation()) + " values=" + e.values().stream()
                .map(v -> v.name() + "=" + v.dbName()).toList()).toList();
    }

    private static List<String> describeEnums(JsonNode dmmf) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : dmmf.get("enums")) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : e.get("values")) {
                values.add(v.get("name").asText() + "=" + (v.get("dbName").isNull() ? v.get("name").asText()
                        : v.get("dbName").asText()));
            }
            lines.add(e.get("name").asText() + " type=" + (e.get("dbName").isNull() ? e.get("name").asText()
                    : e.get("dbName").asText()) + " docs=" + optional(e.get("documentation")) + " values=" + values);
        }
        return lines;
    }

    private static List<String> describeIndexes(PrismaSchema schema) {
        List<String> lines = new ArrayList<>();
        for (PrismaModel model : schema.models()) {
            if (model.ignored()) {
                continue;
            }
            model.primaryKey().ifPresent(pk -> lines.add(model.name() + " id onField=" + pk.definedOnField()
                    + " name=" + pk.clientName().orElse("-") + " map=" + pk.dbName().orElse("-") + " algorithm=-"
                    + " fields=" + fields(pk.fields())));
            for (ModelIndex index : model.indexes()) {
                lines.add(model.name() + " " + index.kind().dmmfType() + " onField=" + index.definedOnField()
                        + " name=" + index.clientName().orElse("-") + " map=" + index.dbName().orElse("-")
                        + " algorithm=" + index.algorithm().orElse("-") + " fields=" + fields(index.fields()));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static List<String> describeIndexes(JsonNode dmmf) {
        List<String> lines = new ArrayList<>();
        for (JsonNode index : dmmf.get("indexes")) {
            List<String> fields = new ArrayList<>();
            for (JsonNode f : index.get("fields")) {
                fields.add(f.get("name").asText() + " sort=" + optional(f.get("sortOrder")).toLowerCase()
                        .replace("", "") + " length=" + optional(f.get("length")) + " ops="
                        + optional(f.get("operatorClass")));
            }
            lines.add(index.get("model").asText() + " " + index.get("type").asText() + " onField="
                    + index.get("isDefinedOnField").asBoolean() + " name=" + optional(index.get("name"))
                    + " map=" + optional(index.get("dbName")) + " algorithm=" + optional(index.get("algorithm"))
                    + " fields=" + fields);
        }
        return lines.stream().sorted().toList();
    }

    private static List<String> fields(List<IndexField> fields) {
        return fields.stream().map(f -> f.name() + " sort=" + f.sort().orElse("-").toLowerCase()
                + " length=" + f.length().map(String::valueOf).orElse("-") + " ops=" + f.operatorClass().orElse("-"))
                .toList();
    }

    /** Tables and their columns: every model but views, with the columns of its scalar and enum fields. */
    private static List<String> describeTables(ParsedSchema parsed) {
        Map<String, String> modelOfTable = parsed.declared().models().stream()
                .collect(Collectors.toMap(m -> m.table().toString(), m -> m.modelName()));
        List<String> lines = new ArrayList<>();
        for (Table table : parsed.declared().catalog().tables()) {
            if (table.name().name().startsWith("_")) {
                continue; // join tables are not in the DMMF
            }
            PrismaModel model = parsed.prisma().model(modelOfTable.get(table.name().toString())).orElseThrow();
            if (model.ignored()) {
                continue;
            }
            List<String> columns = table.columns().stream()
                    .filter(c -> model.fields().stream().noneMatch(f -> f.dbName().equals(c.name())
                            && (f.kind() == FieldKind.UNSUPPORTED || f.ignored())))
                    .map(c -> c.name() + (c.nullable() ? "?" : "")).toList();
            lines.add(table.name().name() + " " + columns);
        }
        return lines;
    }

    private static List<String> describeTables(JsonNode dmmf) {
        List<String> lines = new ArrayList<>();
        for (JsonNode model : dmmf.get("models")) {
            if (isView(dmmf, model)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (JsonNode field : model.get("fields")) {
                if (field.get("kind").asText().equals("object")) {
                    continue;
                }
                String column = field.has("dbName") && !field.get("dbName").isNull() ? field.get("dbName").asText()
                        : field.get("name").asText();
                boolean nullable = !field.get("isRequired").asBoolean() || field.get("isList").asBoolean();
                columns.add(PostgresNames.stored(column) + (nullable ? "?" : ""));
            }
            lines.add(PostgresNames.stored(model.get("dbName").isNull() ? model.get("name").asText()
                    : model.get("dbName").asText()) + " " + columns);
        }
        return lines;
    }

    /** The DMMF lists views among models; only our schema knows which they are, by the test case's own names. */
    private static boolean isView(JsonNode dmmf, JsonNode model) {
        return model.get("name").asText().equals("UserInfo");
    }

    private static String defaultText(Expression value, String type) {
        return value.accept(new Expression.Visitor<>() {
            @Override
            public String visitString(Expression.StringValue v) {
                if (type.equals("Decimal")) {
                    return number(v.value()); // the DMMF gives a Decimal written as a string as a number
                }
                return "'" + (type.equals("DateTime") ? instant(v.value()) : v.value()) + "'";
            }

            @Override
            public String visitNumber(Expression.NumberValue v) {
                return number(v.text());
            }

            @Override
            public String visitPath(Expression.PathValue v) {
                return v.path().equals("true") || v.path().equals("false") ? v.path() : "'" + v.path() + "'";
            }

            @Override
            public String visitFunction(Expression.FunctionValue v) {
                return v.name() + "()";
            }

            @Override
            public String visitArray(Expression.ArrayValue v) {
                return v.elements().stream().map(e -> e.accept(this)).toList().toString();
            }

            @Override
            public String visitObject(Expression.ObjectValue v) {
                return "{}";
            }
        });
    }

    private static String dmmfDefault(JsonNode value, String type) {
        if (value.isObject()) {
            return value.get("name").asText() + "()";
        }
        if (value.isArray()) {
            List<String> elements = new ArrayList<>();
            value.forEach(e -> elements.add(dmmfDefault(e, type)));
            return elements.toString();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNumber() || type.equals("BigInt")) {
            return number(value.asText());
        }
        return "'" + (type.equals("DateTime") ? instant(value.asText()) : value.asText()) + "'";
    }

    /** Timestamps compared as instants: the DMMF prints {@code Z} as {@code +00:00}. */
    private static String instant(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant().toString();
    }

    /** Numbers compared by value: the DMMF prints 19.99 as 19.990000000000002 and big integers as strings. */
    private static String number(String text) {
        if (text.matches("-?[0-9]+")) {
            return text;
        }
        return new java.math.BigDecimal(text).round(new java.math.MathContext(15)).stripTrailingZeros()
                .toPlainString();
    }

    private static String docs(List<String> lines) {
        return lines.isEmpty() ? "-" : String.join("\n", lines);
    }

    private static String strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out.toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    private static String optional(JsonNode node) {
        return text(node);
    }
}
