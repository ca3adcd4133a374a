--liquibase formatted sql

--changeset ratchet:create-index-concurrently-in-explicit-block-1 runInTransaction:false
BEGIN;
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
COMMIT;
