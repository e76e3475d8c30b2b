package dev.driftguard.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON documents against a JSON Schema file; each schema names its own draft in {@code $schema}. */
final class SchemaValidation {

    /** Our report schema, as published in the docs module. */
    static final Path REPORT_SCHEMA = Path.of("..", "docs", "report-schema.json");

    /** The official SARIF 2.1.0 schema (OASIS sarif-spec, Schemata/sarif-schema-2.1.0.json). */
    static final String SARIF_SCHEMA_RESOURCE = "/sarif/sarif-schema-2.1.0.json";

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private SchemaValidation() {
    }

    static List<String> reportSchemaErrors(String json) throws IOException {
        try (InputStream schema = Files.newInputStream(REPORT_SCHEMA)) {
            return errors(REGISTRY.getSchema(schema), json);
        }
    }

    static List<String> sarifSchemaErrors(String json) throws IOException {
        try (InputStream schema = SchemaValidation.class.getResourceAsStream(SARIF_SCHEMA_RESOURCE)) {
            return errors(REGISTRY.getSchema(schema), json);
        }
    }

    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
