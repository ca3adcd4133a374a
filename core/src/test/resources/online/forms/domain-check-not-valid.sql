--liquibase formatted sql

--changeset ratchet:domain-check-not-valid-1
ALTER DOMAIN quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0) NOT VALID;
