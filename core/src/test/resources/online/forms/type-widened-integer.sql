--liquibase formatted sql

--changeset ratchet:type-widened-integer-1
ALTER TABLE orders ALTER COLUMN qty TYPE bigint;
