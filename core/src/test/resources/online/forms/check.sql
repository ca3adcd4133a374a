--liquibase formatted sql

--changeset ratchet:check-1
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0);
