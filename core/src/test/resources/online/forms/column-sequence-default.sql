--liquibase formatted sql

--changeset ratchet:column-sequence-default-1
ALTER TABLE orders ADD COLUMN number bigint DEFAULT nextval('order_numbers');
