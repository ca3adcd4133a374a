--liquibase formatted sql

--changeset ana:drop-rule
ALTER TABLE orders DROP CONSTRAINT orders_rule;

--changeset ana:drop-link
ALTER TABLE orders DROP CONSTRAINT orders_link;

--changeset ana:drop-tag
ALTER TABLE orders DROP CONSTRAINT orders_tag;
