-- The network module: sites and the product catalogue.
create schema network;

create table network.site (
    id                      text primary key,
    name                    text not null,
    type                    text not null check (type in ('TREATMENT_CENTRE', 'APHERESIS_UNIT', 'MANUFACTURING_FACILITY', 'COURIER')),
    region                  text not null,
    country                 text not null,
    capabilities            text[] not null default '{}',
    accreditations          text[] not null default '{}',
    product_certifications  text[] not null default '{}',
    manufactures            text[] not null default '{}',
    source                  text not null default '',
    edited_by               text,
    edited_at               timestamptz
);

create table network.product (
    code                text primary key,
    document            jsonb not null,
    catalogue_version   integer not null,
    edited_by           text,
    edited_at           timestamptz
);

-- Which version of each reference file was last loaded, so a newer file can update the catalogue.
create table network.reference_file (
    name        text primary key,
    version     integer not null,
    loaded_at   timestamptz not null
);
