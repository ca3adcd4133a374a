--liquibase formatted sql

--changeset ratchet:type-varchar-narrowed-1
ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);
