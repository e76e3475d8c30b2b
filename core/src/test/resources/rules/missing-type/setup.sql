CREATE TABLE "Lesson" (
    "id" TEXT NOT NULL,
    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);
