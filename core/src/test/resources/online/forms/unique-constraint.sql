--liquibase formatted sql

--changeset ratchet:unique-constraint-1
ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (note);
