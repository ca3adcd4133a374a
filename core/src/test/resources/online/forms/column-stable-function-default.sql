--liquibase formatted sql

--changeset ratchet:column-stable-function-default-1
ALTER TABLE orders ADD COLUMN label text DEFAULT stable_label();
