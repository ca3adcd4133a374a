--liquibase formatted sql

--changeset ana:backfill
ALTER TABLE orders EXCHANGE PARTITION p2019 WITH TABLE orders_2019;
--rollback DROP TABLE orders;
