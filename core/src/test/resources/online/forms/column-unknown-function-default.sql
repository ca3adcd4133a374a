--liquibase formatted sql

--changeset ratchet:column-unknown-function-default-1
ALTER TABLE orders ADD COLUMN label text DEFAULT volatile_label();
