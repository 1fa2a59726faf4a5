-- Each case's chain-of-identity number: an ISBT 128 DIN (Data Structure 001), 13 characters.
-- Cases opened before this migration get theirs at the next start (CaseDinBackfill).
alter table cases.patient_case add column din text unique;
