--liquibase formatted sql

--changeset ratchet:create-index-concurrently-in-transaction-1
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
