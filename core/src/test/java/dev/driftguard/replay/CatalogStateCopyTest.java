package dev.driftguard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlFrontEnd;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The copy that replay's checkpoints keep must share no mutable collection with the catalog it was copied from, or
 * replaying on from one checkpoint would change another. Checked field by field, so a collection added to the
 * catalog state later cannot be forgotten by the copy.
 */
class CatalogStateCopyTest {

    /** Immutable values the copy may share. */
    private static final Set<String> SHARED = Set.of("searchPath");

    @Test
    void aCopySharesNoMutableCollectionAndHoldsTheSameContent() throws Exception {
        String sql = """
                CREATE SCHEMA "audit";
                CREATE EXTENSION IF NOT EXISTS "citext";
                CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
                CREATE DOMAIN "positive" AS INTEGER CHECK (VALUE > 0);
                CREATE SEQUENCE "counter";
                CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL, "role" "Role" NOT NULL);
                CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER NOT NULL,
                    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id"));
                CREATE VIEW "UserEmails" AS SELECT "id", "email" FROM "User";
                CREATE TABLE "Copy" AS SELECT * FROM "User";
                CREATE FUNCTION "one"() RETURNS INTEGER LANGUAGE sql IMMUTABLE AS 'SELECT 1';
                CREATE POLICY "own" ON "User" USING ("email" IS NOT NULL);
                ALTER TYPE "Role" ADD VALUE 'OWNER';
                """;
        Migration migration = new Migration("m1", new SqlFrontEnd().parse(new SourceFile("m1.sql", sql)), "x");
        CatalogState original = (CatalogState) new Replay(List.of())
                .run(Catalog.empty(), List.of(migration), 16, new FindingCollector()).catalog();
        CatalogState copy = new CatalogState(original);

        int collections = 0;
        for (Field field : CatalogState.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object a = field.get(original);
            Object b = field.get(copy);
            assertThat(b).as(field.getName()).isEqualTo(a);
            if ((a instanceof Collection<?> || a instanceof Map<?, ?>) && !SHARED.contains(field.getName())) {
                collections++;
                assertThat(b).as(field.getName() + " must be copied, not shared").isNotSameAs(a);
                if (a instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        Object inner = ((Map<?, ?>) b).get(e.getKey());
                        if (e.getValue() instanceof Collection<?> || e.getValue() instanceof Map<?, ?>) {
                            assertThat(inner).as(field.getName() + "[" + e.getKey() + "]").isNotSameAs(e.getValue());
                        }
                    }
                }
            }
        }
        assertThat(collections).isGreaterThan(10);
        assertThat(original.policyDependencies).isNotEmpty();
        assertThat(copy.toCatalog()).isEqualTo(original.toCatalog());
        assertThat(copy.labelAddedInCurrentMigration(dev.driftguard.catalog.QualifiedName.of("public", "Role"),
                "OWNER")).isTrue();
    }
}
