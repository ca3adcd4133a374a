--liquibase formatted sql

--changeset ratchet:set-unlogged-1
ALTER TABLE audit SET UNLOGGED;
