--liquibase formatted sql

--changeset ratchet:set-not-null-recipe-1
ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;

--changeset ratchet:set-not-null-recipe-2
ALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;

--changeset ratchet:set-not-null-recipe-3
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;

--changeset ratchet:set-not-null-recipe-4
ALTER TABLE orders DROP CONSTRAINT orders_status_nn;
