-- The patientstatus module: links a coordinator gives a patient or caregiver to follow the journey.
-- Only a hash of each link's secret is kept, so the table alone cannot open any page.
create schema patientstatus;

create table patientstatus.link (
    id              uuid primary key,
    case_id         uuid not null references cases.patient_case (id),
    secret_sha256   bytea not null unique check (length(secret_sha256) = 32),
    issued_by       text not null,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null check (expires_at > issued_at),
    revoked_by      text,
    revoked_at      timestamptz,
    view_count      integer not null default 0 check (view_count >= 0),
    last_viewed_at  timestamptz,
    check ((revoked_by is null) = (revoked_at is null))
);

create index link_case on patientstatus.link (case_id);
