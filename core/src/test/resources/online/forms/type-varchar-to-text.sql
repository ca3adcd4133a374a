--liquibase formatted sql

--changeset ratchet:type-varchar-to-text-1
ALTER TABLE orders ALTER COLUMN note SET DATA TYPE text;
