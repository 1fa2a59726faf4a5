-- The alerts module: things people must look at, raised by other modules (a temperature excursion,
-- a cancelled slot, a manufacturing failure), addressed to sites; quality sees them all.
create schema alerts;

create table alerts.alert (
    id              uuid primary key,
    -- The raiser's own name for the situation: raising it again changes nothing.
    alert_key       text not null unique,
    kind            text not null,
    severity        text not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    case_id         uuid,
    site_ids        text[] not null check (cardinality(site_ids) > 0),
    message         text not null,
    raised_at       timestamptz not null,
    acknowledged_by text,
    acknowledged_at timestamptz,
    check ((acknowledged_by is null) = (acknowledged_at is null))
);

create index alert_open on alerts.alert (raised_at desc) where acknowledged_at is null;
create index alert_sites on alerts.alert using gin (site_ids);
create index alert_case on alerts.alert (case_id);
