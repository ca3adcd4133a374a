--liquibase formatted sql

--changeset ratchet:column-inline-named-references-1
ALTER TABLE orders ADD COLUMN IF NOT EXISTS referrer_id bigint CONSTRAINT orders_referrer_fk REFERENCES customer (id) ON DELETE SET NULL;
