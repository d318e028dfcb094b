-- Where an imported comment came from ("disqus:123", "wordpress:45"), so that importing the same
-- export twice adds nothing. Null for comments posted here.
ALTER TABLE comments ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX comments_by_origin ON comments (origin);
