--liquibase formatted sql

--changeset ratchet:primary-key-swapped-using-index-1 runInTransaction:false
CREATE UNIQUE INDEX CONCURRENTLY orders_id_idx ON orders (id);

--changeset ratchet:primary-key-swapped-using-index-2
ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;
