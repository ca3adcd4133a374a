--liquibase formatted sql

--changeset ratchet:vacuum-1 runInTransaction:false
VACUUM ANALYZE orders;
