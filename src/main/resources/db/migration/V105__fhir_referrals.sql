-- The fhir module: referrals that came from a hospital record as FHIR transaction bundles. The
-- bundle's identifier makes a resend harmless: the same identifier answers with the case it opened.
create schema fhir;

create table fhir.referral_bundle (
    identifier_system  text not null,
    identifier_value   text not null check (length(identifier_value) between 1 and 200),
    content_sha256     text not null check (length(content_sha256) = 64),
    case_id            uuid not null references cases.patient_case (id),
    received_by        text not null,
    received_at        timestamptz not null,
    primary key (identifier_system, identifier_value)
);
