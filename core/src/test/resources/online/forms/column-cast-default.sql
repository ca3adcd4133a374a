--liquibase formatted sql

--changeset ratchet:column-cast-default-1
ALTER TABLE orders ADD COLUMN tags jsonb DEFAULT '{}'::jsonb, ADD COLUMN codes text[] DEFAULT ARRAY[]::text[];
