--liquibase formatted sql

--changeset ratchet:foreign-key-validated-in-same-statement-1
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID, VALIDATE CONSTRAINT orders_customer_fk;
