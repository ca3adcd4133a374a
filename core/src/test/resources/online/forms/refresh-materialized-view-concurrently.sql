--liquibase formatted sql

--changeset ratchet:refresh-materialized-view-concurrently-1 runInTransaction:false
REFRESH MATERIALIZED VIEW CONCURRENTLY customer_names;
