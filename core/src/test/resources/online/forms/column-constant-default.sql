--liquibase formatted sql

--changeset ratchet:column-constant-default-1
ALTER TABLE orders ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'web';
