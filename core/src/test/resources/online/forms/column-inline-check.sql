--liquibase formatted sql

--changeset ratchet:column-inline-check-1
ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);
