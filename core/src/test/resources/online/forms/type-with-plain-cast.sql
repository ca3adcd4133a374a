--liquibase formatted sql

--changeset ratchet:type-with-plain-cast-1
ALTER TABLE orders ALTER COLUMN note TYPE text USING note::text;
