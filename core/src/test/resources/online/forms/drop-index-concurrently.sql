--liquibase formatted sql

--changeset ratchet:drop-index-concurrently-1 runInTransaction:false
DROP INDEX CONCURRENTLY IF EXISTS orders_qty_idx;
