--liquibase formatted sql

--changeset ratchet:validate-after-other-change-in-same-changeset-1
ALTER TABLE orders ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID;

--changeset ratchet:validate-after-other-change-in-same-changeset-2
ALTER TABLE orders ADD COLUMN channel varchar(20);
ALTER TABLE orders VALIDATE CONSTRAINT orders_qty_positive;
