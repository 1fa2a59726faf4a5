-- Any node can answer any request (issue 16): what a sign-in leaves behind lives here, not in one
-- node's memory.

-- Web sessions (Spring Session JDBC, its documented PostgreSQL layout), in the security schema.
create table security.spring_session (
    primary_id              char(36) not null,
    session_id              char(36) not null,
    creation_time           bigint not null,
    last_access_time        bigint not null,
    max_inactive_interval   int not null,
    expiry_time             bigint not null,
    principal_name          varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on security.spring_session (session_id);
create index spring_session_ix2 on security.spring_session (expiry_time);
create index spring_session_ix3 on security.spring_session (principal_name);

create table security.spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references security.spring_session (primary_id) on delete cascade
);

-- Wrong passwords per user name (lower case), counted by every node: five on one lock all.
create table security.sign_in_failure (
    username         text primary key,
    failures         int not null,
    first_failed_at  timestamp with time zone not null,
    locked_until     timestamp with time zone
);

-- Bumped whenever a user's sign-ins must end (disabled, new password, new role or sites); each
-- node's short memory of checked API passwords compares it before trusting what it remembers.
create table security.sign_in_revision (
    username  text primary key,
    revision  bigint not null
);
