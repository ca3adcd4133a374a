--liquibase formatted sql

--changeset ratchet:domain-check-validated-1
ALTER DOMAIN quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0) NOT VALID;

--changeset ratchet:domain-check-validated-2
ALTER DOMAIN quantity VALIDATE CONSTRAINT quantity_positive;
