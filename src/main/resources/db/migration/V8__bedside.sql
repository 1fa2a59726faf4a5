-- The bedside module: every two-person identity check before infusion, MATCH or not.
create schema bedside;

create table bedside.verification (
    id                  uuid primary key,
    case_id             uuid not null references cases.patient_case (id),
    verified_at         timestamptz not null,
    first_verifier      text not null,
    second_verifier     text not null,
    second_confirmed    boolean not null,
    wristband           text not null,
    bag                 text not null,
    result              text not null check (result in ('MATCH', 'MISMATCH')),
    reasons             text[] not null,
    thawed_at           timestamptz
);

create index verification_case on bedside.verification (case_id, verified_at);

create function bedside.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'bedside verifications are append-only';
end;
$$;

create trigger verification_append_only
    before update or delete on bedside.verification
    for each row execute function bedside.refuse_change();
