--liquibase formatted sql

--changeset ana:backfill
--comment: ratchet:allow overwrite-column because every order gets the currency
UPDATE orders SET currency = 'EUR';

--changeset ana:unreviewed
UPDATE orders SET status = 'open';
