--liquibase formatted sql

--changeset ratchet:columns-multi-action-with-rewrite-1
ALTER TABLE orders ADD COLUMN channel varchar(20), ADD COLUMN token uuid DEFAULT gen_random_uuid();
