--liquibase formatted sql

--changeset ratchet:column-stored-generated-1
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS ((amount * 100)::bigint) STORED;
