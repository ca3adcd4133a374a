--liquibase formatted sql

--changeset ratchet:set-not-null-after-validating-in-same-changeset-1
ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;

--changeset ratchet:set-not-null-after-validating-in-same-changeset-2
ALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
