--liquibase formatted sql

--changeset ratchet:lock-table-row-exclusive-1
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
