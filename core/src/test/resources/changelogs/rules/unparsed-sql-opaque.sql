--liquibase formatted sql

--changeset ana:backfill
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;
--rollback DROP TABLE orders;
