package dev.driftguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSnapshotJsonTest {

    @TempDir
    Path dir;

    @Test
    void aRichIntrospectedDatabaseSurvivesWriteAndRead() throws IOException {
        String database = TargetDatabases.freshDatabase("roundtrip");
        TargetDatabases.execute(database, CatalogIntrospectorTest.richDatabaseSql()
                + resource("/history/prisma-migrations-table.sql") + resource("/history/three-migrations.sql"));
        CatalogSnapshot snapshot = CatalogIntrospector.read(TargetDatabases.superuserSettings(database));
        assertThat(snapshot.history()).hasValueSatisfying(h -> assertThat(h).hasSize(3));
        Path file = dir.resolve("snapshot.json");

        CatalogSnapshotJson.write(snapshot, file);
        CatalogSnapshot back = CatalogSnapshotJson.read(file);

        assertThat(back).isEqualTo(snapshot);
        assertThat(CatalogSnapshotJson.toJson(back)).isEqualTo(Files.readString(file));
    }

    @Test
    void writesFormatVersionFirstTimesAsIsoAndNoNulls() {
        Catalog catalog = new Catalog(Optional.of(new ServerVersion(160010, "16.10")), List.of("public"),
                List.of("public"), List.of(Table.of(QualifiedName.publicName("t"), List.of(Column.of("id", "integer",
                false)))), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                List.of());
        CatalogSnapshot snapshot = new CatalogSnapshot(CatalogSnapshot.FORMAT_VERSION,
                Optional.of(Instant.parse("2026-11-24T13:00:00.5Z")), catalog, Optional.empty());

        String json = CatalogSnapshotJson.toJson(snapshot);

        assertThat(json).startsWith("{\n  \"formatVersion\" : 1,\n  \"takenAt\" : \"2026-11-24T13:00:00.500Z\",");
        assertThat(json).doesNotContain(": null").doesNotContain("history").doesNotContain("estimatedRows");
        assertThat(CatalogSnapshotJson.read(json, "s.json")).isEqualTo(snapshot);
    }

    @Test
    void writesListsInCanonicalOrder() {
        Catalog catalog = Catalog.empty();
        Catalog unordered = new Catalog(catalog.serverVersion(), List.of("b", "a"), List.of("z", "a"),
                List.of(Table.of(QualifiedName.publicName("zeta"), List.of()),
                        Table.of(QualifiedName.publicName("alpha"), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());

        CatalogSnapshot back = CatalogSnapshotJson.read(CatalogSnapshotJson.toJson(new CatalogSnapshot(1,
                Optional.empty(), unordered, Optional.empty())), "s.json");

        assertThat(back.catalog().searchPath()).containsExactly("b", "a");
        assertThat(back.catalog().schemas()).containsExactly("a", "z");
        assertThat(back.catalog().tables()).extracting(t -> t.name().name()).containsExactly("alpha", "zeta");
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        assertThatThrownBy(() -> CatalogSnapshotJson.read("{\n  \"formatVersion\": 1,\n  \"catalog\": {,\n}", "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageStartingWith("s.json:3:15: Unexpected character (',' (code 44))")
                .satisfies(e -> {
                    assertThat(((InvalidSnapshotException) e).line()).isEqualTo(3);
                    assertThat(((InvalidSnapshotException) e).column()).isEqualTo(15);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void rejectsAnUnsupportedFormatVersion() {
        assertThatThrownBy(() -> CatalogSnapshotJson.read("{\n  \"formatVersion\": 2,\n  \"catalog\": {}\n}", "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessage("s.json:2:20: unsupported snapshot formatVersion 2; this Driftguard reads formatVersion 1");
    }

    @Test
    void rejectsJsonWithoutFormatVersion() {
        assertThatThrownBy(() -> CatalogSnapshotJson.read("{\"tables\": []}", "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessage("s.json:1:14: no formatVersion: this is not a Driftguard catalog snapshot");
    }

    @Test
    void rejectsAValueOfTheWrongShapeNamingItsPath() {
        String json = CatalogSnapshotJson.toJson(CatalogSnapshot.emptyDatabase())
                .replace("\"schemas\" : [ \"public\" ]", "\"schemas\" : [ { \"name\" : \"public\" } ]");

        assertThatThrownBy(() -> CatalogSnapshotJson.read(json, "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageMatching("s\\.json:\\d+:\\d+: at catalog\\.schemas\\[0]: Cannot deserialize value of type "
                        + "`java\\.lang\\.String` from Object value .*");
    }

    @Test
    void rejectsAMissingRequiredProperty() {
        String json = "{\n  \"formatVersion\": 1,\n  \"catalog\": {\n    \"searchPath\": []\n  }\n}";

        assertThatThrownBy(() -> CatalogSnapshotJson.read(json, "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessage("s.json:5:3: at catalog.schemas: Missing required creator property 'schemas' (index 2)");
    }

    @Test
    void rejectsNullsAndUnknownProperties() {
        String withNull = "{\"formatVersion\": 1, \"catalog\": {\"searchPath\": null}}";
        String unknown = "{\"formatVersion\": 1, \"catalog\": {\"serverVersion\": {\"number\": 1, \"text\": \"1\", \"major\": 1}}}";

        assertThatThrownBy(() -> CatalogSnapshotJson.read(withNull, "s.json"))
                .hasMessage("s.json:1:48: at catalog.searchPath: null is not allowed; leave an absent value out");
        assertThatThrownBy(() -> CatalogSnapshotJson.read(unknown, "s.json"))
                .hasMessage("s.json:1:88: at catalog.serverVersion.major: unknown property \"major\"");
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> CatalogSnapshotJson.read(missing))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessage(missing + ": no such file");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CatalogSnapshotJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
