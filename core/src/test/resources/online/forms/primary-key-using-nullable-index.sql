--liquibase formatted sql

--changeset ratchet:primary-key-using-nullable-index-1 runInTransaction:false
CREATE UNIQUE INDEX CONCURRENTLY orders_ref_idx ON orders (ref);

--changeset ratchet:primary-key-using-nullable-index-2
ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_ref_pkey PRIMARY KEY USING INDEX orders_ref_idx;
