-- A foreign key that names no referenced columns references the primary key.
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL REFERENCES "Post",
    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
-- expect: dependent-objects
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey";
