CREATE INDEX CONCURRENTLY social_post_author_idx ON social_post (author_id);
