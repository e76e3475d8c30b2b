-- expect: missing-enum-value
ALTER TYPE "Status" ADD VALUE 'REVIEW' BEFORE 'PENDING';
