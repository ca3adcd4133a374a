--liquibase formatted sql

--changeset ratchet:domain-not-null-1
ALTER DOMAIN quantity SET NOT NULL;
