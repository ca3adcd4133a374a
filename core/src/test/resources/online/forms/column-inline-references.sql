--liquibase formatted sql

--changeset ratchet:column-inline-references-1
ALTER TABLE orders ADD COLUMN referrer_id bigint REFERENCES customer (id);
