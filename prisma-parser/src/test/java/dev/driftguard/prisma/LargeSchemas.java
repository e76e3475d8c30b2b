package dev.driftguard.prisma;

/** Generates big, realistic schemas: every model has scalars, an enum, a relation to the one before and indexes. */
final class LargeSchemas {

    private LargeSchemas() {
    }

    static String withModels(int count) {
        StringBuilder out = new StringBuilder("""
                // Generated: %d models.
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["postgresqlExtensions"]
                }

                datasource db {
                  provider   = "postgresql"
                  url        = env("DATABASE_URL")
                  extensions = [vector, pg_trgm]
                }

                enum Status {
                  ACTIVE
                  ARCHIVED @map("archived")
                }
                """.formatted(count));
        for (int i = 0; i < count; i++) {
            out.append("\n/// Model number ").append(i).append(".\n");
            out.append("model Model").append(i).append(" {\n");
            out.append("  id          String    @id @default(uuid()) @db.Uuid\n");
            out.append("  name        String    @db.VarChar(255) // the display name\n");
            out.append("  slug        String    @unique\n");
            out.append("  status      Status    @default(ACTIVE)\n");
            out.append("  amount      Decimal?  @db.Decimal(12, 2)\n");
            out.append("  tags        String[]\n");
            out.append("  data        Json?\n");
            out.append("  embedding   Unsupported(\"vector(1536)\")?\n");
            out.append("  createdAt   DateTime  @default(now()) @db.Timestamptz(6)\n");
            out.append("  updatedAt   DateTime  @updatedAt\n");
            if (i > 0) {
                out.append("  parentId    String    @db.Uuid\n");
                out.append("  parent      Model").append(i - 1)
                        .append(" @relation(fields: [parentId], references: [id], onDelete: Cascade)\n");
            }
            if (i + 1 < count) {
                out.append("  children    Model").append(i + 1).append("[]\n");
            }
            out.append("\n  @@index([status, createdAt(sort: Desc)])\n");
            out.append("  @@index([data], type: Gin)\n");
            out.append("  @@map(\"model_").append(i).append("\")\n");
            out.append("}\n");
        }
        return out.toString();
    }
}
