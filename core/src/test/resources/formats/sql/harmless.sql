--liquibase formatted sql

--changeset ana:1
--comment: adds a column; DROP COLUMN in a comment means nothing
ALTER TABLE customer ADD COLUMN drop_date date;
/* liquibase rollback
ALTER TABLE customer DROP COLUMN drop_date;
*/

--changeset ana:2
INSERT INTO audit_log (note) VALUES ('TRUNCATE orders; DROP TABLE orders'); -- DROP TABLE orders
CREATE VIEW v_customer_names AS SELECT name FROM customer;
