-- a statement the parser does not read
ALTER TABLE orders EXCHANGE PARTITION p2019 WITH TABLE orders_2019;
