-- The custody module: signed custody events in a tamper-evident ledger (docs/ledger.md), and the
-- refusals of scanned units that were not the case's.
create schema custody;

-- The head of the whole ledger, one row. Every append locks it (select ... for update), so records
-- are appended one at a time, the sequence has no gaps and the chains never fork.
create table custody.ledger_head (
    id                  boolean primary key default true check (id),
    last_sequence       bigint not null,
    last_chain_hash     text not null
);

insert into custody.ledger_head (id, last_sequence, last_chain_hash) values (true, 0, repeat('0', 64));

create table custody.record (
    event_id            uuid primary key,
    sequence            bigint not null unique check (sequence > 0),
    case_id             uuid not null references cases.patient_case (id),
    case_sequence       integer not null check (case_sequence > 0),
    step                text not null,
    signer_username     text not null references security.app_user (username),
    signer_name         text not null,
    signer_role         text not null,
    signer_meaning      text not null,
    witness_username    text references security.app_user (username),
    witness_name        text,
    witness_role        text,
    witness_meaning     text,
    site_id             text not null references network.site (id),
    units               text[] not null,
    server_time         timestamptz not null,
    device_time         timestamptz not null,
    condition           text not null,
    temperature_celsius numeric(5, 2),
    note                text,
    content_hash        text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    previous_in_case    text not null check (previous_in_case ~ '^[0-9a-f]{64}$'),
    case_chain_hash     text not null check (case_chain_hash ~ '^[0-9a-f]{64}$'),
    previous_in_ledger  text not null check (previous_in_ledger ~ '^[0-9a-f]{64}$'),
    ledger_chain_hash   text not null check (ledger_chain_hash ~ '^[0-9a-f]{64}$'),
    unique (case_id, case_sequence),
    check ((witness_username is null) = (witness_name is null)
        and (witness_username is null) = (witness_role is null)
        and (witness_username is null) = (witness_meaning is null))
);

-- A scanned unit that was not the case's (or not a DIN at all): refused, and the refusal kept.
-- It is written in a transaction of its own, which must not wait for or depend on the caller's:
-- hence no foreign key to the case (the case may not be committed yet).
create table custody.refusal (
    id              bigserial primary key,
    refused_at      timestamptz not null,
    case_id         uuid not null,
    event_id        uuid not null,
    step            text not null,
    site_id         text not null,
    username        text not null,
    role            text not null,
    scanned         text[] not null,
    reason          text not null
);

create index refusal_case on custody.refusal (case_id, refused_at);

-- Signed records and audit records are facts: once written they are never changed or removed
-- (21 CFR 11.10(e): record changes shall not obscure previously recorded information).
create function custody.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_schema || '.' || tg_table_name, tg_op;
end;
$$;

-- Statement triggers: every UPDATE, DELETE or TRUNCATE is refused, even one that matches no row.
create trigger record_append_only
    before update or delete or truncate on custody.record
    for each statement execute function custody.refuse_change();

create trigger refusal_append_only
    before update or delete or truncate on custody.refusal
    for each statement execute function custody.refuse_change();

-- The head moves forward with every append (UPDATE), but is never removed.
create trigger ledger_head_kept
    before delete or truncate on custody.ledger_head
    for each statement execute function custody.refuse_change();

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_schema || '.' || tg_table_name, tg_op;
end;
$$;

create trigger patient_data_read_append_only
    before update or delete or truncate on audit.patient_data_read
    for each statement execute function audit.refuse_change();
