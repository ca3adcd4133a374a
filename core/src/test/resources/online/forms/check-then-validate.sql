--liquibase formatted sql

--changeset ratchet:check-then-validate-1
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;

--changeset ratchet:check-then-validate-2
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;
