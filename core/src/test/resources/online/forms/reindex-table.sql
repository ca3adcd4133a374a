--liquibase formatted sql

--changeset ratchet:reindex-table-1
REINDEX TABLE orders;
