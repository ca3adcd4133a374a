-- a statement the parser does not read
ALTER TABLE orders OWNER TO reporting;
