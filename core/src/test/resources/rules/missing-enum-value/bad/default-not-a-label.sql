-- expect: missing-enum-value
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'draft',
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
