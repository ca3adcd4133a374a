--liquibase formatted sql

--changeset ratchet:column-inline-unique-1
ALTER TABLE orders ADD COLUMN external_id varchar(40) UNIQUE;
