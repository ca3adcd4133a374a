--liquibase formatted sql

--changeset ratchet:vacuum-full-1 runInTransaction:false
VACUUM FULL orders;
