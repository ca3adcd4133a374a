--liquibase formatted sql

--changeset ratchet:type-varchar-widened-1
ALTER TABLE orders ALTER COLUMN status TYPE varchar(200);
