--liquibase formatted sql

--changeset ratchet:check-not-valid-1
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
