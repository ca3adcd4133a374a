--liquibase formatted sql

--changeset ana:20
ALTER TABLE customer DROP COLUMN fax;
