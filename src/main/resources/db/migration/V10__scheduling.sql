-- The scheduling module: capacity (apheresis chairs, manufacturing slots, courier lanes, blackout
-- days), bookings, the waitlist, planner runs and what happened after manufacturing failures.
-- Capacity is counted in rows with CHECK (booked <= capacity), updated in the booking's own
-- transaction: two bookings racing for the last unit cannot both commit (issue 4).
create schema scheduling;

create table scheduling.apheresis_chairs (
    site_id     text primary key references network.site (id),
    chairs      integer not null check (chairs >= 0),
    weekends    boolean not null default false,
    source      text not null default '',
    updated_by  text,
    updated_at  timestamptz not null default now()
);

-- One row per site and day once anything is booked that day; capacity is copied from the
-- site's chairs when the row is made and follows later edits of future days.
create table scheduling.chair_day (
    site_id   text not null references network.site (id),
    day       date not null,
    capacity  integer not null check (capacity >= 0),
    booked    integer not null default 0 check (booked >= 0),
    primary key (site_id, day),
    constraint chair_day_not_overbooked check (booked <= capacity)
);

create table scheduling.manufacturing_time (
    facility_id        text not null references network.site (id),
    product_code       text not null,
    manufacturing_days integer not null check (manufacturing_days between 1 and 120),
    source             text not null default '',
    updated_by         text,
    updated_at         timestamptz not null default now(),
    primary key (facility_id, product_code)
);

create table scheduling.manufacturing_slot (
    id            uuid primary key,
    facility_id   text not null references network.site (id),
    product_code  text not null,
    week_start    date not null check (extract(isodow from week_start) = 1),
    capacity      integer not null check (capacity >= 0),
    booked        integer not null default 0 check (booked >= 0),
    source        text not null default '',
    updated_by    text,
    updated_at    timestamptz not null default now(),
    unique (facility_id, product_code, week_start),
    constraint slot_not_overbooked check (booked <= capacity)
);

create table scheduling.courier_lane (
    from_site_id  text not null references network.site (id),
    to_site_id    text not null references network.site (id),
    distribution  text not null check (distribution in ('FIXED', 'LOGNORMAL')),
    median_days   numeric(6, 2) not null check (median_days > 0),
    p90_days      numeric(6, 2) not null,
    source        text not null default '',
    updated_by    text,
    updated_at    timestamptz not null default now(),
    primary key (from_site_id, to_site_id),
    check (p90_days >= median_days),
    check (distribution <> 'FIXED' or p90_days = median_days)
);

create table scheduling.blackout_day (
    site_id     text not null references network.site (id),
    day         date not null,
    reason      text not null,
    updated_by  text,
    primary key (site_id, day)
);

-- What the module knows of a case, written when it first books or joins the waitlist, so that
-- listeners and the planner need not read patient data.
create table scheduling.case_route (
    case_id             uuid primary key references cases.patient_case (id),
    product_code        text not null,
    treatment_centre_id text not null,
    apheresis_site_id   text not null,
    facility_id         text not null
);

create table scheduling.booking (
    id                  uuid primary key,
    case_id             uuid not null references scheduling.case_route (case_id),
    apheresis_site_id   text not null,
    apheresis_date      date not null,
    slot_id             uuid not null references scheduling.manufacturing_slot (id),
    promised_release    date not null,
    promised_arrival    date not null,
    promised_infusion   date not null,
    status              text not null
        check (status in ('ACTIVE', 'CANCELLED', 'DISPLACED', 'FAILED', 'COMPLETED')),
    booked_by           text not null,
    booked_at           timestamptz not null,
    ended_at            timestamptz,
    end_reason          text
);

-- A case holds at most one active booking.
create unique index booking_one_active on scheduling.booking (case_id) where status = 'ACTIVE';
create index booking_slot on scheduling.booking (slot_id) where status = 'ACTIVE';

create table scheduling.waitlist (
    case_id             uuid primary key references scheduling.case_route (case_id),
    tempo               text not null,
    priority            numeric(8, 3) not null,
    listed_at           timestamptz not null,
    earliest_apheresis  date not null,
    unavailable         date[] not null default '{}',
    status              text not null check (status in ('WAITING', 'BOOKED', 'REMOVED')),
    updated_at          timestamptz not null
);

create table scheduling.planning_run (
    id                        uuid primary key,
    status                    text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    started_by                text not null,
    started_at                timestamptz not null,
    finished_at               timestamptz,
    time_limit_seconds        integer not null,
    max_wait_days             integer not null,
    score                     text,
    weighted_mean_wait_days   numeric(10, 2),
    fifo_weighted_mean_wait_days numeric(10, 2),
    max_wait_days_planned     integer,
    fifo_max_wait_days        integer,
    unassigned                integer,
    fifo_unassigned           integer,
    error                     text
);

create table scheduling.planning_constraint (
    run_id       uuid not null references scheduling.planning_run (id),
    name         text not null,
    score        text not null,
    match_count  integer not null,
    primary key (run_id, name)
);

create table scheduling.planning_assignment (
    run_id              uuid not null references scheduling.planning_run (id),
    case_id             uuid not null,
    centre_id           text not null,
    apheresis_site_id   text not null,
    slot_id             uuid,
    apheresis_date      date,
    expected_release    date,
    expected_arrival    date,
    earliest_infusion   date,
    wait_days           integer,
    fifo_wait_days      integer,
    priority            numeric(8, 3) not null,
    decision            text not null check (decision in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decided_by          text,
    decided_at          timestamptz,
    decision_note       text,
    primary key (run_id, case_id)
);

-- After a manufacturing failure: the re-apheresis proposal made at once, and which path the team
-- took (a new collection, or the physician's acceptance of the out-of-specification product).
create table scheduling.failure_path (
    id                  uuid primary key,
    case_id             uuid not null,
    failed_event_id     uuid not null unique,
    failed_at           timestamptz not null,
    proposed_option     text,
    proposed_infusion   date,
    path                text not null check (path in ('PENDING', 'REAPHERESIS', 'OUT_OF_SPEC_ACCEPTED', 'WITHDRAWN')),
    resolved_at         timestamptz
);

create index failure_path_case on scheduling.failure_path (case_id);
