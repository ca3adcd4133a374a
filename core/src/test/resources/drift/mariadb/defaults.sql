create table counter (
	id bigint auto_increment primary key,
	start_value int default 5 not null,
	next_value int as (start_value + 1) virtual,
	required_value int not null,
	optional_value int
);
