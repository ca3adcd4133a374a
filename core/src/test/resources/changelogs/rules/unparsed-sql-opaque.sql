--liquibase formatted sql

--changeset ana:backfill
ALTER TABLE orders OWNER TO reporting;
--rollback DROP TABLE orders;
