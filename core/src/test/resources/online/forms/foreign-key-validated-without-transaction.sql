--liquibase formatted sql

--changeset ratchet:foreign-key-validated-without-transaction-1 runInTransaction:false
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
