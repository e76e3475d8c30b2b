CREATE INDEX "User_email_name_idx" ON "User"("email", "name");
ALTER TABLE "Post" ADD COLUMN "aVeryLongButStillAcceptableColumnNameOfSixtyThreeBytesExactly12" TEXT;
