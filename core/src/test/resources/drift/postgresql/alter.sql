alter table customer drop column birthday;
alter table customer alter column quantity type varchar(20);
alter table customer alter column name type varchar(50);
alter table customer alter column amount set not null;
alter table customer add column tenant varchar(20) not null;
alter table customer add column legacy_ref varchar(30);
create table audit_log (id int);
