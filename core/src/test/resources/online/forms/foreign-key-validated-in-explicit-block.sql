--liquibase formatted sql

--changeset ratchet:foreign-key-validated-in-explicit-block-1 runInTransaction:false
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
COMMIT;
