--liquibase formatted sql

--changeset ratchet:create-index-concurrently-after-block-1 runInTransaction:false
BEGIN;
ALTER TABLE orders ADD COLUMN channel varchar(20);
COMMIT;
CREATE INDEX CONCURRENTLY orders_channel_idx ON orders (channel);
