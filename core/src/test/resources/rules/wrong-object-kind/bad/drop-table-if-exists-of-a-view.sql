-- IF EXISTS forgives a name that finds nothing, not one that finds a view.
-- expect: wrong-object-kind
DROP TABLE IF EXISTS "ActiveUser";
