package dev.driftguard.report;

import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.rules.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report built by hand that looks like the incident: a GIN index on a table that does not exist, {@code NOW()} in
 * a partial index predicate, a {@code vector} column without the extension, a failed {@code _prisma_migrations} row,
 * and models that were never deployed.
 */
final class IncidentReport {

    static final String GIN_FILE = "prisma/migrations/20251223_add_gin_indexes/migration.sql";
    static final String PARTIAL_FILE = "prisma/migrations/20251223_add_partial_indexes/migration.sql";
    static final String SCHEMA_FILE = "prisma/schema.prisma";

    static final SourceFile GIN = new SourceFile(GIN_FILE, """
            -- Semantic search over lessons (pgvector)
            -- AlterTable
            ALTER TABLE "Lesson" ADD COLUMN     "embedding" vector(1536);

            -- GIN indexes for JSONB lookups
            CREATE INDEX "User_metadata_gin_idx" ON "User" USING GIN ("metadata");

            CREATE INDEX "BehaviorLog_payload_gin_idx" ON "BehaviorLog" USING GIN ("payload");

            CREATE INDEX "SocialPost_content_gin_idx" ON "SocialPost" USING GIN ("content");
            """);

    static final SourceFile PARTIAL = new SourceFile(PARTIAL_FILE, """
            -- Partial indexes for the dashboard's hot paths

            -- Only recent behaviour is queried by the dashboard
            CREATE INDEX "BehaviorLog_recent_idx" ON "BehaviorLog"("userId", "timestamp")
                WHERE "timestamp" > NOW() - INTERVAL '30 days';

            -- Published courses only
            CREATE INDEX "Course_published_createdAt_idx" ON "Course"("createdAt") WHERE "published" = true;
            """);

    static final SourceFile SCHEMA = new SourceFile(SCHEMA_FILE, """
            model SocialPost {
              id      String @id @default(cuid())
              content Json
            }
            """);

    static final List<RuleMetadata> RULES = List.of(
            rule("missing-relation", Severity.ERROR,
                    "A statement uses a table or view that does not exist in the target at that point of the history"),
            rule("missing-type", Severity.ERROR,
                    "A column uses a type that is neither built in nor created by the target or an earlier migration"),
            rule("mutable-function-in-index-predicate", Severity.ERROR,
                    "An index predicate uses a function, operator or cast that is not IMMUTABLE, such as now()"),
            rule("failed-migration", Severity.ERROR,
                    "The target's migration history has a failed migration that blocks every deploy"),
            rule("undeployed-model", Severity.WARNING,
                    "A model of the schema has no table in the target and no migration creates it"));

    static final List<String> MIGRATIONS = List.of("20251201000000_init_fresh", "20251222050000_add_optimization_log",
            "20251223_add_gin_indexes", "20251223_add_partial_indexes");

    private IncidentReport() {
    }

    static Report report() {
        return new Report(findings(), Map.of(GIN_FILE, GIN, PARTIAL_FILE, PARTIAL, SCHEMA_FILE, SCHEMA));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("missing-type", Severity.ERROR, "type \"vector\" does not exist",
                        Optional.of(at(GIN, "vector(1536)")), Optional.of("20251223_add_gin_indexes"),
                        Optional.of("enable the extension first: CREATE EXTENSION IF NOT EXISTS \"vector\" in an "
                                + "earlier migration"),
                        Optional.of("42704")),
                new Finding("missing-relation", Severity.ERROR, "relation \"SocialPost\" does not exist",
                        Optional.of(at(GIN, "\"SocialPost\" USING", "\"SocialPost\"")),
                        Optional.of("20251223_add_gin_indexes"),
                        Optional.of("create the table in an earlier migration, or remove this index"),
                        Optional.of("42P01")),
                new Finding("mutable-function-in-index-predicate", Severity.ERROR,
                        "functions in index predicate must be marked IMMUTABLE: now() is STABLE",
                        Optional.of(at(PARTIAL, "NOW()")), Optional.of("20251223_add_partial_indexes"),
                        Optional.of("compare with a constant, or drop the predicate and filter in the query"),
                        Optional.of("42P17")),
                new Finding("failed-migration", Severity.ERROR,
                        "migration 20251222050000_add_optimization_log failed on the target and blocks every deploy "
                                + "(Prisma P3009)",
                        Optional.empty(), Optional.of("20251222050000_add_optimization_log"),
                        Optional.of("fix the database, then run: npx prisma migrate resolve --rolled-back "
                                + "20251222050000_add_optimization_log"),
                        Optional.empty()),
                new Finding("undeployed-model", Severity.WARNING,
                        "model SocialPost has no table \"SocialPost\" in the target and no migration creates it "
                                + "(4 models are in this state: SocialPost, BuddyGroup, BuddyMember, BuddyChallenge)",
                        Optional.of(at(SCHEMA, "SocialPost")), Optional.empty(),
                        Optional.of("create a migration for it (npx prisma migrate dev), or remove the model"),
                        Optional.empty()));
    }

    static RenderOptions options() {
        return RenderOptions.defaults().withRules(RULES).withProjectName("vps-subset").withToolVersion("0.1.0")
                .withAnchorFile(SCHEMA_FILE).withMigrations(MIGRATIONS);
    }

    /** The location of the first occurrence of {@code token} in the file. */
    static dev.driftguard.Location at(SourceFile file, String token) {
        return at(file, token, token);
    }

    /** The location of {@code token}, found where {@code context} first occurs. */
    static dev.driftguard.Location at(SourceFile file, String context, String token) {
        int start = file.text().indexOf(context);
        if (start < 0) {
            throw new IllegalArgumentException(context + " not in " + file.path());
        }
        return file.location(start, start + token.length());
    }

    private static RuleMetadata rule(String id, Severity severity, String summary) {
        return new RuleMetadata(id, severity, summary, "docs/rules/" + id + ".md");
    }
}
