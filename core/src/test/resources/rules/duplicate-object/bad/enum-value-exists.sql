-- expect: duplicate-object
ALTER TYPE "Role" ADD VALUE 'ADMIN';
