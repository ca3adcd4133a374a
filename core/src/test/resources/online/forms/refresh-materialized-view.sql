--liquibase formatted sql

--changeset ratchet:refresh-materialized-view-1
REFRESH MATERIALIZED VIEW customer_names;
