--liquibase formatted sql

--changeset ratchet:lock-table-1
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
