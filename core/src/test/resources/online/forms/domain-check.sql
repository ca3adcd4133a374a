--liquibase formatted sql

--changeset ratchet:domain-check-1
ALTER DOMAIN quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0);
