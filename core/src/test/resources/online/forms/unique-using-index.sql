--liquibase formatted sql

--changeset ratchet:unique-using-index-1 runInTransaction:false
CREATE UNIQUE INDEX CONCURRENTLY orders_note_idx ON orders (note);

--changeset ratchet:unique-using-index-2
ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_idx;
