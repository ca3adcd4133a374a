--liquibase formatted sql

--changeset ratchet:column-inline-primary-key-1
ALTER TABLE audit ADD COLUMN audit_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
