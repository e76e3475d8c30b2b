package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Location;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.schema.DeclaredExtension;
import dev.driftguard.schema.DeclaredModel;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaDiagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaSchemaParserTest {

    private static final String DATASOURCE = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }
            """;

    @Test
    void mapsTheIncidentSchemaToExactlyItsTwelveTables() throws IOException {
        DeclaredSchema schema = TestSchemas.parseValid("incident").declared();

        assertThat(schema.diagnostics()).isEmpty();
        assertThat(schema.catalog().tables()).extracting(t -> t.name().display()).containsExactly(
                "User", "BehaviorLog", "Course", "Lesson", "InvestmentProfile", "UserProgress", "OptimizationLog",
                "system_settings", "SocialPost", "BuddyGroup", "BuddyMember", "BuddyChallenge");
        assertThat(schema.models()).hasSize(12);
        assertThat(schema.models().get(0)).isEqualTo(new DeclaredModel("User", QualifiedName.publicName("User"),
                Optional.of(new Location("schema.prisma", 26, 7, 26, 11))));
        assertThat(column(schema.catalog(), "Lesson", "embedding"))
                .isEqualTo(Column.of("embedding", "vector(1536)", true));
        assertThat(schema.extensions()).containsExactly(new DeclaredExtension("vector", Optional.empty(),
                Optional.empty(), Optional.of(new Location("schema.prisma", 11, 17, 11, 23))));
        assertThat(schema.catalog().extension("vector")).isPresent();
    }

    @Test
    void mapsEveryScalarToTheTypeFormatTypePrints() {
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", DATASOURCE + """
                enum Role {
                  USER
                }
                model T {
                  id  Int      @id @default(autoincrement())
                  s   String
                  d   DateTime @default(now())
                  j   Json
                  n   Decimal
                  b   BigInt
                  f   Float
                  o   Boolean  @default(false)
                  y   Bytes
                  r   Role     @default(USER)
                  l   String[]
                  v   String   @db.VarChar(255)
                  tz  DateTime @db.Timestamptz(6)
                  u   String   @db.Uuid
                  x   Unsupported("vector(1536)")?
                }
                """);

        assertThat(schema.diagnostics()).isEmpty();
        assertThat(schema.catalog().table(QualifiedName.publicName("T")).orElseThrow().columns())
                .extracting(c -> c.name() + " " + c.type() + (c.nullable() ? "" : " NOT NULL")
                        + c.defaultExpr().map(e -> " DEFAULT " + e).orElse(""))
                .containsExactly(
                        "id integer NOT NULL DEFAULT nextval('\"T_id_seq\"'::regclass)",
                        "s text NOT NULL",
                        "d timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP",
                        "j jsonb NOT NULL",
                        "n numeric(65,30) NOT NULL",
                        "b bigint NOT NULL",
                        "f double precision NOT NULL",
                        "o boolean NOT NULL DEFAULT false",
                        "y bytea NOT NULL",
                        "r \"Role\" NOT NULL DEFAULT 'USER'",
                        "l text[]",
                        "v character varying(255) NOT NULL",
                        "tz timestamp(6) with time zone NOT NULL",
                        "u uuid NOT NULL",
                        "x vector(1536)");
    }

    @Test
    void joinTablesHaveAUniqueIndexBeforePrisma6AndAPrimaryKeySince() {
        String text = DATASOURCE + """
                model Post {
                  id   Int   @id
                  tags Tag[]
                }
                model Tag {
                  id    String @id
                  posts Post[]
                }
                """;
        Catalog prisma5 = PrismaSchemaParser.forPrismaMajor(5).read(List.of(new SourceFile("s.prisma", text)))
                .declared().catalog();
        Catalog prisma6 = PrismaSchemaParser.forPrismaMajor(6).read(List.of(new SourceFile("s.prisma", text)))
                .declared().catalog();
        QualifiedName join = QualifiedName.publicName("_PostToTag");

        assertThat(prisma5.table(join).orElseThrow().columns()).containsExactly(
                Column.of("A", "integer", false), Column.of("B", "text", false));
        assertThat(prisma5.indexesOf(join)).extracting(Index::name).extracting(QualifiedName::name)
                .containsExactly("_PostToTag_AB_unique", "_PostToTag_B_index");
        assertThat(prisma5.constraintsOf(join)).extracting(c -> c.name() + " " + c.kind())
                .containsExactly("_PostToTag_A_fkey FOREIGN_KEY", "_PostToTag_B_fkey FOREIGN_KEY");
        assertThat(prisma6.indexesOf(join)).extracting(i -> i.name().name() + " primary=" + i.primary())
                .containsExactly("_PostToTag_AB_pkey primary=true", "_PostToTag_B_index primary=false");
        assertThat(prisma6.constraintsOf(join)).extracting(c -> c.name() + " " + c.kind()).containsExactly(
                "_PostToTag_AB_pkey PRIMARY_KEY", "_PostToTag_A_fkey FOREIGN_KEY", "_PostToTag_B_fkey FOREIGN_KEY");
    }

    @Test
    void foreignKeysDefaultToRestrictWhenRequiredAndSetNullWhenOptional() {
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", DATASOURCE + """
                model User {
                  id    Int    @id
                  a     Post[] @relation("A")
                  b     Post[] @relation("B")
                }
                model Post {
                  id    Int   @id
                  aId   Int
                  bId   Int?
                  a     User  @relation("A", fields: [aId], references: [id])
                  b     User? @relation("B", fields: [bId], references: [id])
                }
                """);

        assertThat(schema.catalog().constraintsOf(QualifiedName.publicName("Post")))
                .filteredOn(c -> c.kind() == ConstraintKind.FOREIGN_KEY)
                .extracting(c -> c.name() + " " + c.onDelete().orElseThrow() + " " + c.onUpdate().orElseThrow())
                .containsExactly("Post_aId_fkey RESTRICT CASCADE", "Post_bId_fkey SET NULL CASCADE");
    }

    @Test
    void createsNoForeignKeysUnderRelationModePrisma() {
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", """
                datasource db {
                  provider     = "postgresql"
                  url          = env("DATABASE_URL")
                  relationMode = "prisma"
                }
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id     Int  @id
                  userId Int
                  user   User @relation(fields: [userId], references: [id])
                }
                """);

        assertThat(schema.catalog().constraints()).extracting(c -> c.kind()).containsOnly(ConstraintKind.PRIMARY_KEY);
    }

    @Test
    void readsAFolderOfSchemaFilesWithPositionsInTheRightFile(@TempDir Path project) throws IOException {
        Path folder = Files.createDirectories(project.resolve("prisma/schema"));
        Files.writeString(folder.resolve("a.prisma"), DATASOURCE);
        Files.writeString(folder.resolve("b.prisma"), """
                model User {
                  id    Int    @id
                  email Strng
                }
                """);

        DeclaredSchema schema = new PrismaSchemaReader().read(folder, project);

        assertThat(schema.sources()).extracting(SourceFile::path)
                .containsExactly("prisma/schema/a.prisma", "prisma/schema/b.prisma");
        assertThat(schema.diagnostics()).containsExactly(new SchemaDiagnostic(dev.driftguard.Severity.ERROR,
                "Type \"Strng\" is neither a built-in type, nor refers to another model, composite type, or enum.",
                new Location("prisma/schema/b.prisma", 3, 9, 3, 14)));
        assertThat(schema.models()).extracting(m -> m.location().orElseThrow())
                .containsExactly(new Location("prisma/schema/b.prisma", 1, 7, 1, 11));
    }

    @Test
    void parsesAFileWithLocationsRelativeToItsFolder(@TempDir Path project) throws IOException {
        Path file = Files.createDirectories(project.resolve("prisma")).resolve("schema.prisma");
        Files.writeString(file, DATASOURCE + "model A {\n  id Int @id @bogus\n}\n");

        DeclaredSchema schema = PrismaSchemaParser.parse(file);

        assertThat(schema.diagnostics()).extracting(SchemaDiagnostic::location)
                .containsExactly(new Location("schema.prisma", 6, 14, 6, 20));
        assertThat(schema.catalog().tables()).extracting(t -> t.name().name()).containsExactly("A");
    }

    @Test
    void keepsParsingPastTheFirstErrorAndMapsWhatItCan() {
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", DATASOURCE + """
                model Broken {
                  id Int @id
                  oops oops oops
                }
                garbage line
                model Fine {
                  id Int @id
                }
                """);

        assertThat(schema.diagnostics()).extracting(d -> d.location().line() + ":" + d.location().column() + " "
                + d.message()).containsExactly(
                "7:3 Error validating: This line is not a valid field or attribute definition.",
                "9:1 Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
        assertThat(schema.catalog().tables()).extracting(Table::name).extracting(QualifiedName::name)
                .containsExactly("Broken", "Fine");
    }

    @Test
    void neverThrowsOnInputThatIsNotASchema() {
        for (String text : List.of("", "{", "}", "model", "model {", "model A {\n", "@@", "\"unterminated",
                "model A {\n  id Int @id @default(\n}\n", "enum E {\n}\n", "\u0000\u0001\uFFFF", "model A {\n}\n",
                "datasource db {\n  provider = \n}\n", "model A {\n  b B[]?\n  @@id([])\n}\n")) {
            DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", text);
            assertThat(schema).as(text).isNotNull();
        }
    }

    @Test
    void reportsASchemaNestedDeeperThanTheParserCanGoInsteadOfCrashing() {
        String nested = "[".repeat(12_000) + "]".repeat(12_000);
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", DATASOURCE
                + "model A {\n  id Int @id @default(" + nested + ")\n}\n");

        assertThat(schema.diagnostics()).extracting(SchemaDiagnostic::message)
                .anyMatch(m -> m.startsWith("Driftguard could not read this schema: java.lang.StackOverflowError"));
    }

    @Test
    void parsesFiveHundredModels() {
        DeclaredSchema schema = PrismaSchemaParser.parseText("schema.prisma", LargeSchemas.withModels(500));

        assertThat(schema.diagnostics()).isEmpty();
        assertThat(schema.catalog().tables()).hasSize(500);
        assertThat(schema.catalog().constraints()).filteredOn(c -> c.kind() == ConstraintKind.FOREIGN_KEY)
                .hasSize(499);
        assertThat(schema.catalog().indexes()).hasSize(2000);
        assertThat(schema.catalog().table(QualifiedName.publicName("model_499")).orElseThrow().columns())
                .hasSize(11);
    }

    private static Column column(Catalog catalog, String table, String column) {
        return catalog.table(QualifiedName.publicName(table)).orElseThrow().column(column).orElseThrow();
    }
}
