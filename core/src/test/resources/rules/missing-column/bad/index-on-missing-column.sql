-- expect: missing-column
CREATE INDEX "Post_slug_idx" ON "Post"("slug");
