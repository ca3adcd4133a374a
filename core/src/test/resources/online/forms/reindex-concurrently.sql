--liquibase formatted sql

--changeset ratchet:reindex-concurrently-1 runInTransaction:false
REINDEX INDEX CONCURRENTLY orders_qty_idx;
