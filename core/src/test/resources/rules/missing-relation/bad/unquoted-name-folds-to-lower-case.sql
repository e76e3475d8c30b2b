-- expect: missing-relation
ALTER TABLE Account ADD COLUMN "nickname" TEXT;
