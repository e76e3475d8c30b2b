-- expect: missing-enum-value
ALTER TYPE "Status" ADD VALUE 'ARCHIVED' AFTER 'Published';
