CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tenantId" INTEGER NOT NULL,
    "handle" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_handle_active_key" ON "User"("handle") WHERE "handle" IS NOT NULL;
CREATE UNIQUE INDEX "User_lower_email_key" ON "User"(lower("email"));

CREATE TABLE "AuditLog" (
    "event" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL
);
