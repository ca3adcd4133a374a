--liquibase formatted sql

--changeset ratchet:create-index-1
CREATE INDEX orders_status_idx ON orders (status);
