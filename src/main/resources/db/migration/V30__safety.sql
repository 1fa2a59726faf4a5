-- The safety module: lymphodepletion given, tocilizumab stock and reservations, the physician's
-- pre-infusion checklist, the follow-up schedule and graded assessments.
create schema safety;

create table safety.lymphodepletion (
    id                   uuid primary key,
    case_id              uuid not null references cases.patient_case (id),
    product_code         text not null,
    indication           text not null,
    treatment_centre_id  text not null,
    started_on           date not null,
    finished_on          date,
    note                 text,
    recorded_at          timestamptz not null,
    recorded_by          text not null,
    check (finished_on is null or finished_on >= started_on)
);
create index lymphodepletion_case on safety.lymphodepletion (case_id, recorded_at);

create table safety.tocilizumab_receipt (
    id            uuid primary key,
    site_id       text not null,
    doses         integer not null check (doses > 0),
    lot           text not null,
    expires_on    date,
    received_at   timestamptz not null,
    received_by   text not null
);
create index tocilizumab_receipt_site on safety.tocilizumab_receipt (site_id);

create table safety.tocilizumab_reservation (
    id            uuid primary key,
    case_id       uuid not null references cases.patient_case (id),
    site_id       text not null,
    doses         integer not null check (doses > 0),
    reserved_at   timestamptz not null,
    reserved_by   text not null,
    released_at   timestamptz,
    released_by   text
);
create index tocilizumab_reservation_case on safety.tocilizumab_reservation (case_id);
create index tocilizumab_reservation_site on safety.tocilizumab_reservation (site_id);

create table safety.checklist_signature (
    id                          uuid primary key,
    case_id                     uuid not null references cases.patient_case (id),
    no_active_infection         boolean not null,
    organ_function_adequate     boolean not null,
    no_new_contraindications    boolean not null,
    note                        text,
    signed_at                   timestamptz not null,
    signed_by                   text not null
);
create index checklist_signature_case on safety.checklist_signature (case_id, signed_at);

create table safety.follow_up_item (
    id                   uuid primary key,
    case_id              uuid not null references cases.patient_case (id),
    treatment_centre_id  text not null,
    kind                 text not null,
    sequence             integer not null,
    window_opens         date not null,
    due_on               date not null,
    description          text not null,
    source               text not null,
    done_on              date,
    done_by              text,
    done_note            text,
    response             text,
    refund_eligible      boolean,
    unique (case_id, kind, sequence)
);
create index follow_up_due on safety.follow_up_item (due_on) where done_on is null;

create table safety.assessment (
    id                     uuid primary key,
    case_id                uuid not null references cases.patient_case (id),
    kind                   text not null,
    assessed_at            timestamptz not null,
    grade                  integer,
    score                  integer,
    findings               text not null,
    reasons                text[] not null,
    suggested_management   text[] not null,
    recorded_at            timestamptz not null,
    recorded_by            text not null,
    confirmed_at           timestamptz,
    confirmed_by           text
);
create index assessment_case on safety.assessment (case_id, assessed_at);
