/*
  Warnings:

  - Added the required column `slug` to the `Post` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
-- expect: add-not-null-column-without-default
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL;
