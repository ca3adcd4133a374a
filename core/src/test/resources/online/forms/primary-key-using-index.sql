--liquibase formatted sql

--changeset ratchet:primary-key-using-index-1 runInTransaction:false
CREATE UNIQUE INDEX CONCURRENTLY audit_id_idx ON audit (id);

--changeset ratchet:primary-key-using-index-2
ALTER TABLE audit ADD CONSTRAINT audit_pkey PRIMARY KEY USING INDEX audit_id_idx;
