--liquibase formatted sql

--changeset ratchet:exclusion-constraint-1
ALTER TABLE orders ADD CONSTRAINT orders_ref_excl EXCLUDE USING btree (ref WITH =);
