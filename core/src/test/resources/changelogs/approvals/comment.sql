--liquibase formatted sql

--changeset ana:backfill
--comment: ratchet:allow unparsed-sql-opaque because the backfill was reviewed by hand
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;

--changeset ana:unreviewed
UPDATE orders SET status = 'open' WHERE status IS NULL;
