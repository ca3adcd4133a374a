--liquibase formatted sql

--changeset ratchet:column-serial-1
ALTER TABLE orders ADD COLUMN seq bigserial;
