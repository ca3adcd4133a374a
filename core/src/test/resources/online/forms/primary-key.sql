--liquibase formatted sql

--changeset ratchet:primary-key-1
ALTER TABLE audit ADD PRIMARY KEY (id);
