--liquibase formatted sql

--changeset ratchet:column-immutable-call-default-1
ALTER TABLE orders ADD COLUMN region text DEFAULT lower('EU') || '-' || to_char(timestamp '2026-01-01', 'YYYY');
