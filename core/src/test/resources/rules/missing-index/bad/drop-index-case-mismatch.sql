-- expect: missing-index
DROP INDEX post_slug_key;
