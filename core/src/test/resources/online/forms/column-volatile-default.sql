--liquibase formatted sql

--changeset ratchet:column-volatile-default-1
ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();
