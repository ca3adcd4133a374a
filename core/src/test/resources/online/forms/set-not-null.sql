--liquibase formatted sql

--changeset ratchet:set-not-null-1
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
