--liquibase formatted sql

--changeset ratchet:check-validated-in-same-changeset-1
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;
