-- The fhir module: which registry form of which case was submitted, when and by whom.
create table fhir.registry_submission (
    case_id       uuid not null references cases.patient_case (id),
    form          text not null,
    timepoint     text not null,
    submitted_on  date not null,
    reference     text check (length(reference) <= 100),
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    primary key (case_id, form, timepoint)
);
