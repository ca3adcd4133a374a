--liquibase formatted sql

--changeset ana:backfill
--comment: ratchet:allow update-without-where because every order gets the currency
UPDATE orders SET currency = 'EUR';

--changeset ana:unreviewed
UPDATE orders SET status = 'open';
