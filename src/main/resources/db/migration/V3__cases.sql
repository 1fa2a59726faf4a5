-- The cases module: each patient's journey and its append-only event history.
create schema cases;

create sequence cases.case_number;

create table cases.patient_case (
    id                      uuid primary key,
    reference               text not null unique,
    state                   text not null,
    patient_name            text not null,
    birth_date              date not null,
    sex                     text not null,
    weight_kg               numeric(5, 1) not null,
    height_cm               numeric(5, 1) not null,
    mrn                     text not null,
    product_code            text not null references network.product (code),
    indication              text not null,
    treatment_centre_id     text not null references network.site (id),
    apheresis_site_id       text not null references network.site (id),
    manufacturing_site_id   text not null references network.site (id),
    courier_site_id         text references network.site (id),
    referred_at             timestamptz not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

-- One open case per patient record at a centre: a second referral must not duplicate the first.
create unique index patient_case_open_per_mrn
    on cases.patient_case (treatment_centre_id, mrn)
    where state not in ('CLOSED', 'WITHDRAWN');

create index patient_case_state on cases.patient_case (state);
create index patient_case_centre on cases.patient_case (treatment_centre_id);

create table cases.case_event (
    event_id        uuid primary key,
    case_id         uuid not null references cases.patient_case (id),
    sequence        integer not null,
    type            text not null,
    from_state      text,
    to_state        text not null,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    actor           text not null,
    site_id         text not null references network.site (id),
    note            text,
    reason          text,
    unique (case_id, sequence)
);

-- Events are facts: once recorded they are never changed or removed.
create function cases.refuse_event_change() returns trigger language plpgsql as $$
begin
    raise exception 'case events are append-only';
end;
$$;

create trigger case_event_append_only
    before update or delete on cases.case_event
    for each row execute function cases.refuse_event_change();
