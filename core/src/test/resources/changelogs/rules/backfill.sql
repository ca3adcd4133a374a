-- a maintenance statement the parser does not read
CLUSTER orders USING orders_pkey;
