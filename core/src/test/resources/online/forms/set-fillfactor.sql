--liquibase formatted sql

--changeset ratchet:set-fillfactor-1
ALTER TABLE orders SET (fillfactor = 90);
