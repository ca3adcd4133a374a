--liquibase formatted sql

--changeset ratchet:create-index-if-not-exists-on-only-1
CREATE INDEX IF NOT EXISTS orders_amount_idx ON ONLY orders USING btree (amount) WHERE amount > 0;
