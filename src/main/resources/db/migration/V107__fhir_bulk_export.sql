-- FHIR Bulk Data export (hl7.org/fhir/uv/bulkdata): one row per kick-off, run as a background job
-- with the requester's role and sites as they were at kick-off; the NDJSON files stay in the
-- database so that any node can serve them.
create table fhir.bulk_export (
    id                uuid primary key,
    requested_by      text not null,
    display_name      text not null,
    role              text not null,
    site_ids          text[] not null,
    request_url       text not null,
    since             timestamptz,
    types             text[] not null,
    status            text not null check (status in ('ACCEPTED', 'COMPLETE', 'FAILED')),
    error             text,
    requested_at      timestamptz not null,
    transaction_time  timestamptz,
    finished_at       timestamptz
);

create table fhir.bulk_export_file (
    export_id      uuid not null references fhir.bulk_export (id) on delete cascade,
    resource_type  text not null,
    resource_count integer not null check (resource_count >= 0),
    ndjson         text not null,
    primary key (export_id, resource_type)
);
