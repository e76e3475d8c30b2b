INSERT INTO "User" ("id") VALUES ('u1');
INSERT INTO "Post" ("id", "authorId", "editorId", "reviewerId") VALUES
    ('p1', 'u1', 'u9', 'u1'),
    ('p2', 'u9', 'u1', NULL),
    ('p3', NULL, NULL, 'u1');
-- Added NOT VALID while the orphans were already there: only new rows were checked.
ALTER TABLE "Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") NOT VALID;
