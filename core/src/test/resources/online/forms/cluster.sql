--liquibase formatted sql

--changeset ratchet:cluster-1
CLUSTER orders USING orders_pkey;
