-- The audit module: who read which patient's data, when and how.
create schema audit;

create table audit.patient_data_read (
    id          bigserial primary key,
    read_at     timestamptz not null,
    username    text not null,
    role        text not null,
    action      text not null,
    case_ids    uuid[] not null,
    identity_shown boolean not null
);

create index patient_data_read_at on audit.patient_data_read (read_at);
create index patient_data_read_cases on audit.patient_data_read using gin (case_ids);
