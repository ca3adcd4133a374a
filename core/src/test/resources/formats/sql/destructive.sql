--liquibase formatted sql

--changeset ana:1
--comment: drops a column nobody reads; DROP TABLE in a comment means nothing
ALTER TABLE customer DROP COLUMN legacy_ref;
--rollback DROP TABLE customer;

--changeset ana:2
--precondition-sql-check expectedResult:0 select count(*) from orders where note = 'DROP TABLE x'
INSERT INTO audit_log (note) VALUES ('TRUNCATE orders; DROP TABLE orders');
-- DROP TABLE orders
TRUNCATE TABLE orders;
