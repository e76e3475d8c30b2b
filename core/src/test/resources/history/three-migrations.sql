-- Inserted out of order on purpose: the reader orders by started_at.
INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at,
                                applied_steps_count) VALUES
  ('c3c3c3c3-0000-0000-0000-000000000003', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc',
   NULL, '20260103000000_add_index', 'ERROR: could not create unique index', NULL,
   '2026-01-03 10:00:00.123456+00', 0),
  ('a1a1a1a1-0000-0000-0000-000000000001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
   '2026-01-01 10:00:01+00', '20260101000000_init', NULL, NULL, '2026-01-01 10:00:00+00', 1),
  ('b2b2b2b2-0000-0000-0000-000000000002', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
   NULL, '20260102000000_rename', NULL, '2026-01-02 11:00:00+00', '2026-01-02 10:00:00+00', 0);
