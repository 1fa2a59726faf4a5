-- The logistics module: courier shipments of a case's cells, their data-logger readings and what
-- the readings showed (docs/logistics.md).
create schema logistics;

create table logistics.shipment (
    id                  uuid primary key,
    case_id             uuid not null references cases.patient_case (id),
    leg                 text not null check (leg in ('TO_MANUFACTURER', 'TO_TREATMENT_CENTRE')),
    packaging           text not null check (packaging in ('LN2_VAPOUR_DRY_SHIPPER', 'FRESH_2_TO_8')),
    from_site_id        text not null references network.site (id),
    to_site_id          text not null references network.site (id),
    courier_site_id     text not null references network.site (id),
    -- The courier's own id for the shipper (its tracking number): unique per courier.
    shipper_id          text not null,
    logger_serial       text not null,
    validated_hold_hours integer check (validated_hold_hours between 1 and 2400),
    charged_at          timestamptz,
    booked_at           timestamptz not null,
    booked_by           text not null references security.app_user (username),
    unique (courier_site_id, shipper_id)
);

create index shipment_case on logistics.shipment (case_id, booked_at);

-- Readings are facts from the logger: a re-upload adds nothing new (the key), never changes one.
create table logistics.reading (
    shipment_id         uuid not null references logistics.shipment (id),
    recorded_at         timestamptz not null,
    temperature_celsius numeric(7, 3) not null,
    latitude            numeric(10, 7),
    longitude           numeric(10, 7),
    tilt_degrees        numeric(5, 2),
    shock_g             numeric(7, 3),
    uploaded_at         timestamptz not null,
    uploaded_by         text not null references security.app_user (username),
    primary key (shipment_id, recorded_at),
    check ((latitude is null) = (longitude is null))
);

-- The current findings for a shipment, recomputed from all its readings after every upload.
-- The alerts and custody observations they raised are kept by those modules for good.
create table logistics.excursion (
    shipment_id         uuid not null references logistics.shipment (id),
    kind                text not null,
    started_at          timestamptz not null,
    ended_at            timestamptz not null,
    ongoing             boolean not null,
    peak_celsius        numeric(7, 3),
    readings            integer not null,
    alert_id            uuid,
    custody_event_id    uuid,
    primary key (shipment_id, kind, started_at)
);
