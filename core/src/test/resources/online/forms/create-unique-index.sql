--liquibase formatted sql

--changeset ratchet:create-unique-index-1
CREATE UNIQUE INDEX orders_note_key ON orders (note);
