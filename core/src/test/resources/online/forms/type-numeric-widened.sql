--liquibase formatted sql

--changeset ratchet:type-numeric-widened-1
ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14,2);
