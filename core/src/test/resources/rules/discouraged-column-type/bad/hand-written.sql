-- expect: discouraged-column-type
CREATE TABLE audit_log (id bigint PRIMARY KEY, happened_at timestamp NOT NULL, code char(3));
-- expect: discouraged-column-type
ALTER TABLE "User" ADD COLUMN "nickname" varchar(40);
