alter table customer drop column birthday;
alter table customer modify quantity varchar(20);
alter table customer modify name varchar(50) not null;
alter table customer modify amount numeric(10,2) not null;
alter table customer add column tenant varchar(20) not null;
alter table customer add column legacy_ref varchar(30);
create table audit_log (id int);
