--liquibase formatted sql

--changeset ratchet:columns-multi-action-1
ALTER TABLE orders ADD COLUMN channel varchar(20), ADD COLUMN priority int DEFAULT 0, ALTER COLUMN note SET DEFAULT 'none';
