create table counter (
	id bigserial primary key,
	start_value int default 5 not null,
	next_value int generated always as (start_value + 1) stored,
	required_value int not null,
	optional_value int
);
