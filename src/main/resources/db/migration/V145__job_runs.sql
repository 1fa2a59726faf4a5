-- One registry for every background run (simulation, economic model, planning solver): its state,
-- progress and results live here, so that any node shows a run started on another and a restart
-- loses none. db-scheduler (jobs.scheduled_tasks) decides which node runs it; these rows say how it
-- went. A run is QUEUED, RUNNING (on one node, with progress 0..1), then DONE or FAILED.
create table jobs.job_run (
    id            uuid primary key,
    kind          text not null,
    label         text not null,
    state         text not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress      double precision not null default 0 check (progress >= 0 and progress <= 1),
    note          text,
    requested_by  text not null,
    parameters    text not null,
    submitted_at  timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    attempts      integer not null default 0,
    summary       text,
    error         text
);

create index job_run_kind_submitted_idx on jobs.job_run (kind, submitted_at desc);

-- A finished run's files (reports per language, CSV tables), served by any node.
create table jobs.job_output (
    run_id   uuid not null references jobs.job_run (id) on delete cascade,
    name     text not null,
    content  bytea not null,
    primary key (run_id, name)
);

-- Requests for a coalesced job (a burst of triggers becomes one run): a counter per job, so that a
-- run can tell whether anything asked for it again while it ran.
create table jobs.job_request (
    name      text primary key,
    requests  bigint not null
);
