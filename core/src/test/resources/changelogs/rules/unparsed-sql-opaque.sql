--liquibase formatted sql

--changeset ana:backfill
VACUUM ANALYZE orders;
--rollback DROP TABLE orders;
