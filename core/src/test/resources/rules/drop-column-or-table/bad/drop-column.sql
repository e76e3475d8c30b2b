/*
  Warnings:

  - You are about to drop the column `legacyCode` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
-- expect: drop-column-or-table
ALTER TABLE "User" DROP COLUMN "legacyCode";
