--liquibase formatted sql

--changeset ratchet:vacuum-full-options-1 runInTransaction:false
VACUUM (FULL, ANALYZE) orders;
