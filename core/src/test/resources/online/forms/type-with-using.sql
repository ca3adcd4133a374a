--liquibase formatted sql

--changeset ratchet:type-with-using-1
ALTER TABLE orders ALTER COLUMN qty TYPE bigint USING qty * 10;
