--liquibase formatted sql

--changeset ratchet:check-unnamed-1
ALTER TABLE orders ADD CHECK (qty > 0);
