--liquibase formatted sql

--changeset ratchet:column-clock-default-1
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();
