--liquibase formatted sql

--changeset ratchet:foreign-key-then-validate-1
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;

--changeset ratchet:foreign-key-then-validate-2
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
