--liquibase formatted sql

--changeset ratchet:column-not-null-default-check-1
ALTER TABLE orders ADD COLUMN discount int NOT NULL DEFAULT 0 CONSTRAINT orders_discount_range CHECK (discount BETWEEN 0 AND 100);
