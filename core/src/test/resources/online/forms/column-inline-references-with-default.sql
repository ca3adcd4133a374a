--liquibase formatted sql

--changeset ratchet:column-inline-references-with-default-1
ALTER TABLE orders ADD COLUMN referrer_id bigint DEFAULT 1 REFERENCES customer (id);
