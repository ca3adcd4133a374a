--liquibase formatted sql

--changeset ratchet:drop-index-concurrently-in-transaction-1
DROP INDEX CONCURRENTLY orders_qty_idx;
