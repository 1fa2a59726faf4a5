-- The security module: accounts, their role and the sites they work at.
create schema security;

create table security.app_user (
    username        text primary key,
    display_name    text not null,
    role            text not null check (role in ('COORDINATOR', 'PHYSICIAN', 'NURSE', 'MANUFACTURER', 'COURIER', 'AUDITOR', 'ADMIN')),
    password_hash   text not null,
    demo            boolean not null default false,
    enabled         boolean not null default true
);

create table security.app_user_site (
    username    text not null references security.app_user (username) on delete cascade,
    site_id     text not null references network.site (id),
    primary key (username, site_id)
);
