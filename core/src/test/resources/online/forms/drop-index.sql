--liquibase formatted sql

--changeset ratchet:drop-index-1
DROP INDEX orders_qty_idx;
