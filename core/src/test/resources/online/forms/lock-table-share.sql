--liquibase formatted sql

--changeset ratchet:lock-table-share-1
LOCK TABLE orders IN SHARE MODE;
