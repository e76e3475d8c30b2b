CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
CREATE SCHEMA "billing";
CREATE TABLE "billing"."Invoice" ("id" TEXT NOT NULL, "number" INTEGER NOT NULL);
CREATE INDEX "Invoice_number_idx" ON "billing"."Invoice"("number");
