-- The forecast module: the latest forecast of each open case before infusion (docs/forecast.md).
-- Rows are replaced at each refresh; a case that is no longer open loses its row.
create schema forecast;

create table forecast.case_forecast (
    case_id                 uuid primary key,
    reference               text not null,
    din                     text,
    state                   text not null,
    product_code            text not null,
    treatment_centre_id     text not null,
    apheresis_site_id       text not null,
    manufacturing_site_id   text not null,
    courier_site_id         text,
    probability_infused     double precision not null,
    p10_date                date,
    p50_date                date,
    p90_date                date,
    main_risk               text not null,
    loss_progression        double precision not null,
    loss_death              double precision not null,
    loss_slot_wait          double precision not null,
    loss_manufacturing      double precision not null,
    loss_not_eligible       double precision not null,
    loss_no_slot            double precision not null,
    slot_wait_days          double precision not null,
    computed_at             timestamptz not null,
    model_version           text not null,
    seed                    bigint not null,
    replications            integer not null
);
