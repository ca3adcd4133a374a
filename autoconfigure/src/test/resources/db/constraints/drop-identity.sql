--liquibase formatted sql

--changeset ana:drop-identity
ALTER TABLE orders DROP CONSTRAINT orders_identity;
