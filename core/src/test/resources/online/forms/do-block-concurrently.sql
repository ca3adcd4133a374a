--liquibase formatted sql

--changeset ratchet:do-block-concurrently-1 runInTransaction:false splitStatements:false
DO $$
BEGIN
  EXECUTE 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status)';
END
$$;
