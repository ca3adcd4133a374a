create table customer (
	id bigint auto_increment primary key,
	name varchar(100) not null,
	notes text,
	quantity int,
	amount numeric(10,2),
	active boolean not null,
	archived bit(1),
	created_at datetime(6),
	updated_at timestamp(6) null,
	birthday date,
	opens_at time,
	token uuid,
	legacy_token char(36),
	raw_token binary(16),
	attributes json,
	photo blob,
	status varchar(20),
	priority smallint,
	tier enum('LOW', 'HIGH')
);
create table customer_tag (
	customer_id bigint not null,
	tag varchar(50) not null
);
create table databasechangelog (
	id varchar(255) not null,
	author varchar(255) not null,
	filename varchar(255) not null
);
create table databasechangeloglock (
	id int not null primary key,
	locked boolean not null
);
