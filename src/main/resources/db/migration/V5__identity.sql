-- The identity module: ISBT 128 Donation Identification Numbers (DIN, Data Structure 001).
-- A DIN is FIN + the last two digits of the nominal year + a 6-digit sequence number within the
-- year for that FIN (ICCBBA ST-001 v6.2.2 §2.4.1). This table keeps the last sequence number given
-- per facility and year; the allocation takes the next one in a single statement.
create schema identity;

create table identity.din_sequence (
    -- Facility Identification Number: A-N, P-Z or 1-9; two of A-N, P-Z or 0-9; two digits.
    facility        text not null check (facility ~ '^[A-NP-Z1-9][A-NP-Z0-9]{2}[0-9]{2}$'),
    -- The full calendar year in the network's time zone; the DIN carries its last two digits.
    year            integer not null check (year between 2000 and 9999),
    last_sequence   integer not null check (last_sequence between 1 and 999999),
    updated_at      timestamptz not null,
    primary key (facility, year)
);
