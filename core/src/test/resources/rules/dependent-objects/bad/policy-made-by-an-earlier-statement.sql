ALTER TABLE "Post" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "post_titled" ON "Post" USING ("title" IS NOT NULL);
-- expect: dependent-objects
ALTER TABLE "Post" DROP COLUMN "title";
