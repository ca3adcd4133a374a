--liquibase formatted sql

--changeset ratchet:create-index-concurrently-1 runInTransaction:false
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
