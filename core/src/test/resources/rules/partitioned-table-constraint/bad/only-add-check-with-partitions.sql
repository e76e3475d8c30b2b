-- expect: partitioned-table-constraint
ALTER TABLE ONLY "Event" ADD CONSTRAINT "Event_note_check" CHECK ("note" <> '');
