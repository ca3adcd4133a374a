--liquibase formatted sql

--changeset ratchet:reindex-concurrently-in-transaction-1
REINDEX TABLE CONCURRENTLY orders;
