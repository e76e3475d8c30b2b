CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" TEXT,
    "editorId" TEXT,
    "reviewerId" TEXT,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
