--liquibase formatted sql

--changeset ratchet:column-stable-default-1
ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT now();
