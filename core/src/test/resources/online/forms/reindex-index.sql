--liquibase formatted sql

--changeset ratchet:reindex-index-1
REINDEX INDEX orders_qty_idx;
